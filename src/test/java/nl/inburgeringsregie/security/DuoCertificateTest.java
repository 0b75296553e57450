package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.preauth.x509.SubjectDnX509PrincipalExtractor;

import nl.inburgeringsregie.shared.Groups;

/**
 * Digikoppeling two-way TLS on the Notificatie API: the OIN is taken from a PKIoverheid-shaped
 * certificate's subject exactly as the security chain does ({@code x509().subjectPrincipalRegex}), and
 * only DUO's OIN becomes a member of group {@code duo}.
 */
class DuoCertificateTest {

    private static final String DUO_OIN = "00000001999999999000";

    private final DuoCertificate duoOnly = new DuoCertificate(DUO_OIN);

    @Test
    void duosCertificateGivesGroupDuo() throws Exception {
        String oin = oinOf("duo.pem");
        assertThat(oin).isEqualTo(DUO_OIN);
        assertThat(duoOnly.loadUserByUsername(oin).getAuthorities())
                .extracting(Object::toString).containsExactly(Groups.authority(Groups.DUO));
    }

    @Test
    void anotherOrganisationsCertificateIsRefused() throws Exception {
        String oin = oinOf("ander.pem");
        assertThat(oin).isEqualTo("00000001000000000405");
        assertThatThrownBy(() -> duoOnly.loadUserByUsername(oin)).isInstanceOf(UsernameNotFoundException.class)
                .hasMessageContaining("niet van DUO");
    }

    private static String oinOf(String file) throws Exception {
        try (InputStream pem = DuoCertificateTest.class.getResourceAsStream("/certificaten/" + file)) {
            var certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
            var extractor = new SubjectDnX509PrincipalExtractor();
            extractor.setSubjectDnRegex(DuoCertificate.OIN_IN_SUBJECT);
            return extractor.extractPrincipal(certificate).toString();
        }
    }
}
