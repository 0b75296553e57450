// Camunda Modeler plugin "inburgeringsregie-lint": the rules of the build's bpmnlint gate in the Modeler
// (docs/analist.md, "De regels van de build in Camunda Modeler").
module.exports = {
  name: 'Inburgeringsregie: regels van de build',
  script: './dist/client.js'
};
