// The rules of src/bpmnlint/.bpmnlintrc, bundled by bpmnlint-loader, for the Modeler's linter of BPMN
// diagrams (Camunda 7). The Modeler merges them with its own Camunda 7 rules.
import { registerClientPlugin } from 'camunda-modeler-plugin-helpers';

import { config, resolver } from '../.bpmnlintrc';

registerClientPlugin({ config, resolver }, 'lintRules.bpmn');
