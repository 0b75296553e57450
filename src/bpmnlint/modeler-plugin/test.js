// The built Modeler plugin carries the build's rules: loaded as the Modeler loads it (window.plugins), its
// config and resolver find nothing in processes/ and find what the build would refuse in a faulty diagram.
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const { Linter } = require('bpmnlint');
const { BpmnModdle } = require('bpmn-moddle');

global.window = {};
require(path.resolve(__dirname, '../../../target/camunda-modeler-plugin/inburgeringsregie-lint/dist/client.js'));
const registered = (window.plugins || []).filter(plugin => plugin.type === 'lintRules.bpmn');
assert.strictEqual(registered.length, 1, 'the plugin registers one set of BPMN lint rules');

// A new linter per diagram, as the Modeler (bpmn-js-bpmnlint) makes one per lint run: rules such as
// no-duplicate-sequence-flows keep what they saw in the linter, so one shared linter would report ids that two
// diagrams both use (the main process reuses the warme overdracht's begeleiding and bijstand steps).
async function findings(xml) {
  const linter = new Linter(registered[0].plugin);
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const reports = await linter.lint(rootElement);
  return Object.entries(reports).flatMap(([rule, found]) => found.map(report => `${rule}: ${report.id}`));
}

const FAKE_JOIN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
    id="Definitions_proef" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="proef" name="Proef" isExecutable="true" camunda:historyTimeToLive="1">
    <startEvent id="Start" name="Begin"><outgoing>F1</outgoing></startEvent>
    <exclusiveGateway id="Keuze" name="Welke kant?"><incoming>F1</incoming><outgoing>F2</outgoing><outgoing>F3</outgoing></exclusiveGateway>
    <task id="Links" name="Links"><incoming>F2</incoming><outgoing>F4</outgoing></task>
    <task id="Rechts" name="Rechts"><incoming>F3</incoming><outgoing>F5</outgoing></task>
    <task id="Samen" name="Samenkomen"><incoming>F4</incoming><incoming>F5</incoming><outgoing>F6</outgoing></task>
    <endEvent id="Einde" name="Einde"><incoming>F6</incoming></endEvent>
    <sequenceFlow id="F1" sourceRef="Start" targetRef="Keuze"/>
    <sequenceFlow id="F2" name="links" sourceRef="Keuze" targetRef="Links"/>
    <sequenceFlow id="F3" name="rechts" sourceRef="Keuze" targetRef="Rechts"/>
    <sequenceFlow id="F4" sourceRef="Links" targetRef="Samen"/>
    <sequenceFlow id="F5" sourceRef="Rechts" targetRef="Samen"/>
    <sequenceFlow id="F6" sourceRef="Samen" targetRef="Einde"/>
  </process>
</definitions>`;

// Saved badly by hand (issue 23): the "nee" bypass drawn straight through the task it bypasses, and its label without
// a place of its own.
const BYPASS_THROUGH_TASK = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_omweg" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="omweg" name="Omweg" isExecutable="true" camunda:historyTimeToLive="1">
    <startEvent id="Start" name="Begin"><outgoing>F1</outgoing></startEvent>
    <exclusiveGateway id="Keuze" name="Doen?" default="Overslaan"><incoming>F1</incoming><outgoing>Doen</outgoing><outgoing>Overslaan</outgoing></exclusiveGateway>
    <task id="Taak" name="Iets doen"><incoming>Doen</incoming><outgoing>F3</outgoing></task>
    <exclusiveGateway id="Samen"><incoming>F3</incoming><incoming>Overslaan</incoming><outgoing>F4</outgoing></exclusiveGateway>
    <endEvent id="Einde" name="Klaar"><incoming>F4</incoming></endEvent>
    <sequenceFlow id="F1" sourceRef="Start" targetRef="Keuze"/>
    <sequenceFlow id="Doen" name="ja" sourceRef="Keuze" targetRef="Taak"><conditionExpression>\${true}</conditionExpression></sequenceFlow>
    <sequenceFlow id="Overslaan" name="nee" sourceRef="Keuze" targetRef="Samen"/>
    <sequenceFlow id="F3" sourceRef="Taak" targetRef="Samen"/>
    <sequenceFlow id="F4" sourceRef="Samen" targetRef="Einde"/>
  </process>
  <bpmndi:BPMNDiagram id="Diagram_omweg">
    <bpmndi:BPMNPlane id="Plane_omweg" bpmnElement="omweg">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="102" width="36" height="36"/>
        <bpmndi:BPMNLabel><dc:Bounds x="103" y="145" width="30" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Keuze_di" bpmnElement="Keuze" isMarkerVisible="true"><dc:Bounds x="190" y="95" width="50" height="50"/>
        <bpmndi:BPMNLabel><dc:Bounds x="195" y="152" width="40" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Taak_di" bpmnElement="Taak"><dc:Bounds x="300" y="80" width="100" height="80"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Samen_di" bpmnElement="Samen" isMarkerVisible="true"><dc:Bounds x="460" y="95" width="50" height="50"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Einde_di" bpmnElement="Einde"><dc:Bounds x="570" y="102" width="36" height="36"/>
        <bpmndi:BPMNLabel><dc:Bounds x="573" y="145" width="30" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="136" y="120"/><di:waypoint x="190" y="120"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Doen_di" bpmnElement="Doen"><di:waypoint x="240" y="120"/><di:waypoint x="300" y="120"/>
        <bpmndi:BPMNLabel><dc:Bounds x="255" y="100" width="20" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Overslaan_di" bpmnElement="Overslaan"><di:waypoint x="215" y="120"/><di:waypoint x="460" y="120"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F3_di" bpmnElement="F3"><di:waypoint x="400" y="120"/><di:waypoint x="460" y="120"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F4_di" bpmnElement="F4"><di:waypoint x="510" y="120"/><di:waypoint x="570" y="120"/></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</definitions>`;

// Saved badly by hand (issue 23): the "nee" bypass drawn under the task and back up through the line to the end event,
// with a bend point halfway along a straight stretch and a segment of no length; the flows that share the gateway run
// together from it, which is no crossing. The same model as DiagramLayoutTest.TANGLED.
const TANGLED = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
    id="Definitions_proef" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="proef" isExecutable="false">
    <exclusiveGateway id="Gateway_Keuze"/>
    <task id="Task_Doen"/>
    <task id="Task_Anders"/>
    <endEvent id="Einde"/>
    <sequenceFlow id="Flow_Doen" sourceRef="Gateway_Keuze" targetRef="Task_Doen"/>
    <sequenceFlow id="Flow_Anders" sourceRef="Gateway_Keuze" targetRef="Task_Anders"/>
    <sequenceFlow id="Flow_Overslaan" sourceRef="Gateway_Keuze" targetRef="Einde"/>
    <sequenceFlow id="Flow_Klaar" sourceRef="Task_Doen" targetRef="Einde"/>
  </process>
  <bpmndi:BPMNDiagram id="Diagram_proef">
    <bpmndi:BPMNPlane id="Plane_proef" bpmnElement="proef">
      <bpmndi:BPMNShape id="Gateway_Keuze_di" bpmnElement="Gateway_Keuze"><dc:Bounds x="100" y="95" width="50" height="50"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Doen_di" bpmnElement="Task_Doen"><dc:Bounds x="250" y="80" width="100" height="80"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Anders_di" bpmnElement="Task_Anders"><dc:Bounds x="250" y="260" width="100" height="80"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Einde_di" bpmnElement="Einde"><dc:Bounds x="500" y="102" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_Doen_di" bpmnElement="Flow_Doen"><di:waypoint x="150" y="120"/><di:waypoint x="250" y="120"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Anders_di" bpmnElement="Flow_Anders">
        <di:waypoint x="125" y="145"/><di:waypoint x="125" y="300"/><di:waypoint x="250" y="300"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Overslaan_di" bpmnElement="Flow_Overslaan">
        <di:waypoint x="125" y="145"/><di:waypoint x="125" y="200"/><di:waypoint x="300" y="200"/><di:waypoint x="400" y="200"/>
        <di:waypoint x="400" y="200"/><di:waypoint x="420" y="200"/><di:waypoint x="420" y="90"/><di:waypoint x="518" y="90"/><di:waypoint x="518" y="102"/>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Klaar_di" bpmnElement="Flow_Klaar"><di:waypoint x="350" y="120"/><di:waypoint x="500" y="120"/></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</definitions>`;

(async () => {
  const processes = path.resolve(__dirname, '../../../processes');
  for (const file of fs.readdirSync(processes).filter(name => name.endsWith('.bpmn'))) {
    const found = await findings(fs.readFileSync(path.join(processes, file), 'utf8'));
    assert.deepStrictEqual(found, [], `${file} has no findings in the Modeler either`);
  }
  const faulty = await findings(FAKE_JOIN);
  assert.ok(faulty.includes('fake-join: Samen'), `the Modeler shows the build's fake-join finding (found: ${faulty})`);
  assert.ok(faulty.some(finding => finding.startsWith('no-bpmndi')), `and a diagram without drawing (found: ${faulty})`);
  const bypass = await findings(BYPASS_THROUGH_TASK);
  assert.ok(bypass.includes('inburgeringsregie/diagram-clear: Overslaan'),
    `the Modeler shows a flow drawn through a shape, and a label without a place of its own (found: ${bypass})`);
  assert.deepStrictEqual(bypass.filter(finding => finding.startsWith('inburgeringsregie/diagram-clear')).sort(),
    [ 'inburgeringsregie/diagram-clear: Doen', 'inburgeringsregie/diagram-clear: Overslaan',
      'inburgeringsregie/diagram-clear: Overslaan' ],
    `exactly those three: through the task, no label bounds, and "ja" (Doen) drawn on top of the bypass (found: ${bypass})`);
  const tangled = (await findings(TANGLED)).filter(finding => finding.startsWith('inburgeringsregie/diagram-clear'));
  assert.deepStrictEqual(tangled, [ 'inburgeringsregie/diagram-clear: Flow_Overslaan', 'inburgeringsregie/diagram-clear: Flow_Overslaan',
    'inburgeringsregie/diagram-clear: Flow_Overslaan' ],
  `the Modeler shows the crossing of Flow_Overslaan and Flow_Klaar, its needless bend point and its segment of no length, and no crossing where the gateway's flows run together (found: ${tangled})`);
  console.log('Camunda Modeler-plugin: de regels van de build, ' + Object.keys(registered[0].plugin.config.rules).length
      + ' regels; processes/ zonder bevindingen');
})().catch(error => {
  console.error(error.message);
  process.exit(1);
});
