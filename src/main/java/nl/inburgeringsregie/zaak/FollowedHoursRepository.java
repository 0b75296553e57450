package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hours followed as running totals, the way DUO registers them (GevolgdeUren API). */
@Repository
public class FollowedHoursRepository {

    private final JdbcClient jdbc;

    public FollowedHoursRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long caseId, LocalDate reportedOn, int languageHours, Integer participationHours,
            OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO followed_hours (case_id, reported_on, language_hours, participation_hours, recorded_at,
                                            recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, reportedOn, languageHours, participationHours, at, by).update();
    }

    public Optional<HoursTotals> latest(long caseId) {
        return jdbc.sql("""
                SELECT reported_on, language_hours, participation_hours FROM followed_hours WHERE case_id = ?
                ORDER BY reported_on DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(caseId).query(HoursTotals.class).optional();
    }

    /** The highest language total reported so far (0 when none). */
    public int languageHours(long caseId) {
        return latest(caseId).map(HoursTotals::languageHours).orElse(0);
    }
}
