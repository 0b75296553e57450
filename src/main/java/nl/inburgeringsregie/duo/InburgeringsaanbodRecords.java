package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.inburgeringsregie.pip.OfferDates;

/** What was delivered to DUO as the case's Inburgeringsaanbod (table inburgeringsaanbod, V21). */
@Repository
class InburgeringsaanbodRecords {

    /** One delivery still current at DUO (not withdrawn, not overwritten). */
    record Delivered(long id, String instellingsnummer, int pipVersion, LocalDate offerDate, LocalDate courseStart,
            LocalDate courseEnd, String alfabetisering, OffsetDateTime deliveredAt) {

        OfferDates dates() {
            return new OfferDates(offerDate, courseStart, courseEnd);
        }
    }

    private final JdbcClient jdbc;

    InburgeringsaanbodRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's current aanbod, per instelling (DUO keeps one per instelling). */
    List<Delivered> current(long caseId) {
        return jdbc.sql("SELECT id, instellingsnummer, pip_version, offer_date, course_start, course_end, alfabetisering, "
                + "delivered_at FROM inburgeringsaanbod WHERE case_id = ? AND withdrawn_at IS NULL ORDER BY id")
                .param(caseId).query(Delivered.class).list();
    }

    /** A delivery: it replaces (overwrites) the current one for the same instelling, as DUO does. */
    void delivered(long caseId, String instellingsnummer, int pipVersion, OfferDates offer, String alfabetisering,
            OffsetDateTime at) {
        jdbc.sql("UPDATE inburgeringsaanbod SET withdrawn_at = ? WHERE case_id = ? AND instellingsnummer = ? "
                + "AND withdrawn_at IS NULL").params(at, caseId, instellingsnummer).update();
        jdbc.sql("INSERT INTO inburgeringsaanbod (case_id, instellingsnummer, pip_version, offer_date, course_start, "
                + "course_end, alfabetisering, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, instellingsnummer, pipVersion, offer.date(), offer.courseStart(), offer.courseEnd(),
                        alfabetisering, at)
                .update();
    }

    void withdrawn(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE inburgeringsaanbod SET withdrawn_at = ? WHERE id = ?").params(at, id).update();
    }
}
