package nl.inburgeringsregie.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

import nl.inburgeringsregie.shared.Groups;

/**
 * Least privilege per group, as Camunda authorizations. Consulenten work their tasks (the engine
 * grants them each task of their candidate group) but cannot deploy or delete; coordinatoren see all
 * work and reassign it; analisten deploy, migrate and inspect models (through the application's API) but do
 * no casework and change no case data. Only the camunda-admin group may do everything.
 */
final class GroupPermissions {

    /** One grant: a group gets permissions on one resource (all ids, or one id). */
    record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    }

    static final List<Grant> GRANTS = List.of(
            new Grant(Groups.CONSULENTEN, APPLICATION, "tasklist", ACCESS),
            new Grant(Groups.CONSULENTEN, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY),
            new Grant(Groups.CONSULENTEN, PROCESS_INSTANCE, "*", READ),
            new Grant(Groups.CONSULENTEN, DECISION_DEFINITION, "*", READ),
            new Grant(Groups.CONSULENTEN, USER, "*", READ),
            new Grant(Groups.CONSULENTEN, GROUP, "*", READ),

            new Grant(Groups.COORDINATOREN, APPLICATION, "tasklist", ACCESS),
            new Grant(Groups.COORDINATOREN, APPLICATION, "cockpit", ACCESS),
            new Grant(Groups.COORDINATOREN, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK),
            new Grant(Groups.COORDINATOREN, PROCESS_INSTANCE, "*", READ),
            new Grant(Groups.COORDINATOREN, TASK, "*", READ, TASK_ASSIGN),
            new Grant(Groups.COORDINATOREN, DECISION_DEFINITION, "*", READ, READ_HISTORY),
            new Grant(Groups.COORDINATOREN, USER, "*", READ),
            new Grant(Groups.COORDINATOREN, GROUP, "*", READ),

            new Grant(Groups.ANALISTEN, APPLICATION, "cockpit", ACCESS),
            // Analisten manage models and migrations; they do no casework and change no case data (issue 16, point 5).
            // No CREATE: analisten deploy through POST /api/modellen/deployments, which deploys processes/ and forms/
            // together after the quality gate; a deployment from the Modeler holds one file and breaks the references.
            // No DELETE: deleting a deployment or a process definition with cascade deletes the running cases.
            new Grant(Groups.ANALISTEN, DEPLOYMENT, "*", READ),
            // No MIGRATE_INSTANCE: analisten migrate through /api/modellen/migraties (dry run, timer repair, task
            // names), which migrates as them without Camunda's authorization check. No UPDATE_INSTANCE or
            // DELETE_INSTANCE: those set variables, correlate messages, modify, suspend and delete running cases. No
            // UPDATE either: it suspends a model version or the job definitions behind it, which stops DUO's
            // notifications and the norm clocks of every case (probe, issue 16).
            new Grant(Groups.ANALISTEN, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY),
            new Grant(Groups.ANALISTEN, PROCESS_INSTANCE, "*", READ),
            new Grant(Groups.ANALISTEN, DECISION_DEFINITION, "*", READ, READ_HISTORY),
            new Grant(Groups.ANALISTEN, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
            // No CREATE: a batch (delete, set variables, modify, restart) works on running cases
            new Grant(Groups.ANALISTEN, BATCH, "*", READ),
            new Grant(Groups.ANALISTEN, USER, "*", READ),
            new Grant(Groups.ANALISTEN, GROUP, "*", READ));

    /** Administrators may do everything on every resource. */
    static List<Grant> adminGrants() {
        return Arrays.stream(Resources.values())
                .map(resource -> new Grant(Groups.ADMIN, resource, "*", ALL))
                .toList();
    }

    private GroupPermissions() {
    }
}
