package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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

    /** The hours of a provider's month, replaced when recorded again (the caller refuses fewer hours). */
    public void putMonth(long caseId, MonthHours month, OffsetDateTime at, String by) {
        int updated = jdbc.sql("""
                UPDATE followed_hours_month SET language_hours = ?, participation_hours = ?, recorded_at = ?,
                       recorded_by = ?
                WHERE case_id = ? AND instellingsnummer = ? AND followed_in = ?""")
                .params(month.languageHours(), month.participationHours(), at, by, caseId, month.instellingsnummer(),
                        month.followedIn()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO followed_hours_month (case_id, instellingsnummer, followed_in, language_hours,
                                                      participation_hours, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, month.instellingsnummer(), month.followedIn(), month.languageHours(),
                            month.participationHours(), at, by).update();
        }
    }

    /** The case's hours per provider and month, oldest month first. */
    public List<MonthHours> months(long caseId) {
        return jdbc.sql("""
                SELECT instellingsnummer, followed_in, language_hours, participation_hours FROM followed_hours_month
                WHERE case_id = ? ORDER BY followed_in, instellingsnummer""")
                .param(caseId).query(MonthHours.class).list();
    }

    public Optional<Integer> intakeHours(long caseId) {
        return jdbc.sql("SELECT hours FROM brede_intake_hours WHERE case_id = ?").param(caseId).query(Integer.class)
                .optional();
    }

    public void putIntakeHours(long caseId, int hours, OffsetDateTime at, String by) {
        int updated = jdbc.sql("UPDATE brede_intake_hours SET hours = ?, recorded_at = ?, recorded_by = ? WHERE case_id = ?")
                .params(hours, at, by, caseId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO brede_intake_hours (case_id, hours, recorded_at, recorded_by) VALUES (?, ?, ?, ?)")
                    .params(caseId, hours, at, by).update();
        }
    }
}
