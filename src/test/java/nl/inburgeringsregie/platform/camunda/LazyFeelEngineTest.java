package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The DMN tables' FEEL engine is built once, on first use (issue 22, point 5), and evaluates as Camunda's own. */
class LazyFeelEngineTest {

    @Test
    void isBuiltOnFirstUseOnlyAndThenEvaluatesAsCamundasOwn() {
        var builds = new AtomicInteger();
        var lazy = new LazyFeelEngine(() -> {
            builds.incrementAndGet();
            return new ScalaFeelEngineFactory().createInstance();
        });
        assertThat(lazy.isBuilt()).isFalse();
        assertThat(builds).hasValue(0);

        var context = Variables.createVariables().putValue("doelgroep", "ASIELMIGRANT").asVariableContext();
        assertThat(lazy.evaluateSimpleUnaryTests("\"ASIELMIGRANT\",\"GEZINSMIGRANT\"", "doelgroep", context)).isTrue();
        assertThat(lazy.evaluateSimpleUnaryTests("\"OVERIG\"", "doelgroep", context)).isFalse();
        Object twice = lazy.evaluateSimpleExpression("2 * 21", Variables.createVariables().asVariableContext());

        assertThat(twice).isEqualTo(42L);
        assertThat(lazy.isBuilt()).isTrue();
        assertThat(builds).as("built once").hasValue(1);
    }

    @Test
    void twoFirstUsersAtOnceGetTheOneEngine() throws Exception {
        var builds = new AtomicInteger();
        var bothAsking = new CountDownLatch(2);
        FeelEngine built = new ScalaFeelEngineFactory().createInstance();
        var lazy = new LazyFeelEngine(() -> {
            builds.incrementAndGet();
            return built;
        });
        var engines = new FeelEngine[2];
        var threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                bothAsking.countDown();
                try {
                    bothAsking.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                engines[n] = lazy.engine();
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(engines).containsOnly(built);
        assertThat(builds).hasValue(1);
    }
}
