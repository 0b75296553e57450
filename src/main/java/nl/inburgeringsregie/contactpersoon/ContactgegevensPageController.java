package nl.inburgeringsregie.contactpersoon;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page "Mijn contactgegevens" ({@code /regie/mijn-contactgegevens}): a static page that reads its API. */
@Controller
class ContactgegevensPageController {

    @GetMapping("/regie/mijn-contactgegevens")
    String page() {
        return "forward:/regie/mijn-contactgegevens.html";
    }
}
