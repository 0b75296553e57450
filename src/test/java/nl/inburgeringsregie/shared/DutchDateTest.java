package nl.inburgeringsregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16, point 8: a date is read as a Dutch user types it, or refused; never guessed. */
class DutchDateTest {

    @ParameterizedTest
    @CsvSource({"05-11-2026, 2026-11-05", "25-11-2026, 2026-11-25", "29-02-2028, 2028-02-29", "2026-11-05, 2026-11-05",
            "' 01-01-1990 ', 1990-01-01"})
    void readsDdMmJjjjAndIso(String typed, LocalDate meant) {
        assertThat(DutchDate.read(typed, "brpInschrijfdatum")).isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2026", "29-02-2027", "5/11/26", "11/05/2026", "5-11-2026", "05-11-26", "05.11.2026",
            "2026-11-5", "05-11-2026T00:00", "morgen", "", "01-01-1899", "01-01-2100", "\uFF10\uFF15-11-2026"})
    void refusesWhatCannotBeReadForSureAtItsField(String typed) {
        assertThatThrownBy(() -> DutchDate.read(typed, "brpInschrijfdatum"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("brpInschrijfdatum"));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-05, 05-11-2026", "1990-01-31, 31-01-1990"})
    void formatsAsUsersTypeIt(LocalDate date, String shown) {
        assertThat(DutchDate.format(date)).isEqualTo(shown);
    }

    @org.junit.jupiter.api.Test
    void aRefusalQuotesAtMostFortyCharactersOfWhatWasTyped() {
        String pasted = "x".repeat(5_000);
        assertThatThrownBy(() -> DutchDate.read(pasted, "brpInschrijfdatum"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("brpInschrijfdatum"))
                        .isEqualTo("'" + "x".repeat(40) + "…' is geen datum: typ de datum als dd-mm-jjjj, bijvoorbeeld 05-11-2026"));
        assertThatThrownBy(() -> DutchDate.read("31-02-2026", "brpInschrijfdatum"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("brpInschrijfdatum"))
                        .isEqualTo("De datum '31-02-2026' bestaat niet"));
    }
}
