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

(async () => {
  const processes = path.resolve(__dirname, '../../../processes');
  for (const file of fs.readdirSync(processes).filter(name => name.endsWith('.bpmn'))) {
    const found = await findings(fs.readFileSync(path.join(processes, file), 'utf8'));
    assert.deepStrictEqual(found, [], `${file} has no findings in the Modeler either`);
  }
  const faulty = await findings(FAKE_JOIN);
  assert.ok(faulty.includes('fake-join: Samen'), `the Modeler shows the build's fake-join finding (found: ${faulty})`);
  assert.ok(faulty.some(finding => finding.startsWith('no-bpmndi')), `and a diagram without drawing (found: ${faulty})`);
  console.log('Camunda Modeler-plugin: de regels van de build, ' + Object.keys(registered[0].plugin.config.rules).length
      + ' regels; processes/ zonder bevindingen');
})().catch(error => {
  console.error(error.message);
  process.exit(1);
});
