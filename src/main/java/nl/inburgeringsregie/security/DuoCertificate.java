package nl.inburgeringsregie.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import nl.inburgeringsregie.shared.Groups;

/**
 * Digikoppeling two-way TLS on the Notificatie API: the server's TLS setup (server.ssl with
 * client-auth=need and the PKIoverheid trust store) checks the certificate; Spring Security takes the OIN
 * from the subject's serialNumber (PKIoverheid puts it there) and this class lets only DUO's OIN in,
 * as a member of group {@code duo}.
 */
public class DuoCertificate implements UserDetailsService {

    /** The OIN: 20 digits in the subject's SERIALNUMBER attribute (OID 2.5.4.5). */
    static final String OIN_IN_SUBJECT = "(?:SERIALNUMBER|OID\\.2\\.5\\.4\\.5)=([0-9]{20})";

    private final String duoOin;

    /** Two-way TLS with DUO's PKIoverheid certificate for the chain: the OIN in the subject must be DUO's. */
    public static void authenticate(HttpSecurity http, String duoOin) throws Exception {
        http.x509(x509 -> x509.subjectPrincipalRegex(OIN_IN_SUBJECT).userDetailsService(new DuoCertificate(duoOin)));
    }

    DuoCertificate(String duoOin) {
        this.duoOin = duoOin;
    }

    @Override
    public UserDetails loadUserByUsername(String oin) {
        if (!duoOin.equals(oin)) {
            throw new UsernameNotFoundException("Het certificaat is niet van DUO");
        }
        return new User(oin, "", List.of(new SimpleGrantedAuthority(Groups.authority(Groups.DUO))));
    }
}
