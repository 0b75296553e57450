package nl.inburgeringsregie.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.security.GroupPermissions.Grant;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.termijn.Clocks;

/** The task lists in Tasklist, in Dutch, with the case's name, number and gemeente as columns. */
@Component
class TasklistFilters {

    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "naam", "label", "Naam"),
            Map.of("name", "zaaknummer", "label", "Zaak"),
            Map.of("name", "gemeenteNaam", "label", "Gemeente"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationGrants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void ensureFilters() {
        ensure("Mijn taken", -10, "Taken die aan mij zijn toegewezen",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                Groups.CONSULENTEN, Groups.COORDINATOREN);
        ensure("Taken van mijn team", -5, "Nog niet toegewezen taken voor mijn groepen",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned(),
                Groups.CONSULENTEN, Groups.COORDINATOREN);
        ensure("Termijn overschreden", -8, "Escalaties: een norm van de gemeente is niet op tijd gehaald",
                taskService.createTaskQuery().taskDefinitionKeyLike(Clocks.Part.ESCALATION_TASK.prefix() + "%"), Groups.COORDINATOREN);
        // the four-eyes decisions: the PIP and a changed PIP (Wet inburgering 2021 art. 16), a fine proposal in
        // schakel 3 and in schakel 4 (art. 34/35)
        ensure("Ter beoordeling", -7, "PIP's en boetevoorstellen die een tweede paar ogen nodig hebben",
                taskService.createTaskQuery().taskDefinitionKeyIn(BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN,
                        BredeIntakeEnPipProcess.TASK_BOETEVOORSTEL_BEOORDELEN,
                        InburgerenProcess.TASK_GEWIJZIGD_PIP_BEOORDELEN,
                        InburgerenProcess.TASK_BOETEVOORSTEL_PIP_BEOORDELEN),
                Groups.COORDINATOREN);
        ensure("Alle open taken", 0, "Alle open taken van mijn gemeenten",
                taskService.createTaskQuery(), Groups.COORDINATOREN);
    }

    /** Creates the filter, or brings an existing one up to date (a release may change what a list holds). */
    private void ensure(String name, int priority, String description, TaskQuery query, String... groups) {
        Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                "variables", COLUMNS));
        filterService.saveFilter(filter);
        for (String group : groups) {
            grants.grant(new Grant(group, FILTER, filter.getId(), READ));
        }
    }
}
