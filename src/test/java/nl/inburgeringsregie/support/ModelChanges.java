package nl.inburgeringsregie.support;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;

/**
 * Changes an analist makes to the models, as tests need them: the example of docs/analist.md ("Een stap
 * toevoegen terwijl zaken wachten") and a renamed activity id.
 */
public final class ModelChanges {

    public static final String PIP_MODEL = "processes/brede-intake-en-pip.bpmn";
    public static final String NEW_STEP = "Task_PipBespreken";
    public static final String NEW_STEP_NAME = "PIP bespreken met de inburgeraar";
    public static final String RENAMED_DRAFT = "PIP-concept opstellen";

    private ModelChanges() {
    }

    /**
     * Adds "PIP bespreken met de inburgeraar" (form {@code pip-bespreken}) between "PIP opstellen" and "PIP
     * beoordelen", inside the PIP subprocess, and renames "PIP opstellen" to "PIP-concept opstellen".
     */
    public static ModelFolder addDiscussionStepToThePip(ModelFolder models) {
        return models.edit(PIP_MODEL, xml -> new Edit(xml)
                .replace("id=\"Task_PipOpstellen\" name=\"PIP opstellen\"", "id=\"Task_PipOpstellen\" name=\"" + RENAMED_DRAFT + "\"")
                .replace("<sequenceFlow id=\"Flow_Task_PipOpstellen_Task_PipBeoordelen\" sourceRef=\"Task_PipOpstellen\" targetRef=\"Task_PipBeoordelen\"/>",
                        """
                        <sequenceFlow id="Flow_Task_PipOpstellen_Task_PipBeoordelen" sourceRef="Task_PipOpstellen" targetRef="Task_PipBespreken"/>
                              <userTask camunda:candidateGroups="consulenten" camunda:formRef="pip-bespreken" camunda:formRefBinding="deployment" id="Task_PipBespreken" name="PIP bespreken met de inburgeraar">
                                <incoming>Flow_Task_PipOpstellen_Task_PipBeoordelen</incoming>
                                <outgoing>Flow_Task_PipBespreken_Task_PipBeoordelen</outgoing>
                              </userTask>
                              <sequenceFlow id="Flow_Task_PipBespreken_Task_PipBeoordelen" sourceRef="Task_PipBespreken" targetRef="Task_PipBeoordelen"/>""")
                .replace("<incoming>Flow_Task_PipOpstellen_Task_PipBeoordelen</incoming>\n        <outgoing>Flow_Task_PipBeoordelen_Gateway_PipGoedgekeurd</outgoing>",
                        "<incoming>Flow_Task_PipBespreken_Task_PipBeoordelen</incoming>\n        <outgoing>Flow_Task_PipBeoordelen_Gateway_PipGoedgekeurd</outgoing>")
                .xml())
                .write("forms/pip-bespreken.form", """
                        {
                          "id": "pip-bespreken",
                          "type": "default",
                          "schemaVersion": 16,
                          "exporter": {"name": "Camunda Modeler", "version": "5.38.0"},
                          "components": [
                            {"type": "text", "id": "Text_uitleg", "text": "Bespreek het concept-PIP met de inburgeraar voordat het ter beoordeling gaat."},
                            {"type": "textfield", "id": "Field_besprokenOp", "key": "pipBesprokenOp", "label": "Besproken op",
                             "description": "Typ dd-mm-jjjj, bijvoorbeeld 05-11-2026.", "properties": {"invoer": "datum"},
                             "validate": {"required": true}},
                            {"type": "textarea", "id": "Field_reactie", "key": "pipReactieInburgeraar", "label": "Reactie van de inburgeraar"}
                          ]
                        }
                        """);
    }

    /** Replacements that each must find their text exactly once. */
    private record Edit(String xml) {

        Edit replace(String old, String replacement) {
            int at = xml.indexOf(old);
            if (at < 0 || xml.indexOf(old, at + 1) >= 0) {
                throw new IllegalStateException("expected exactly one '" + old + "' in the model");
            }
            return new Edit(xml.replace(old, replacement));
        }
    }

    /** Renames the id of "Intakegesprek plannen" (Task_IntakegesprekPlannen → Task_IntakePlannen) everywhere. */
    public static ModelFolder renameIntakePlanning(ModelFolder models) {
        return models.edit(PIP_MODEL, xml -> xml.replace(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN, "Task_IntakePlannen"));
    }
}
