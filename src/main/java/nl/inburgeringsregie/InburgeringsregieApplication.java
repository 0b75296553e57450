package nl.inburgeringsregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InburgeringsregieApplication {

    public static void main(String[] args) {
        SpringApplication.run(InburgeringsregieApplication.class, args);
    }
}
