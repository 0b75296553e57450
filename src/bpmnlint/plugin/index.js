// Inburgeringsregie's own bpmnlint rules, used by the build (src/bpmnlint/.bpmnlintrc) and the Modeler plugin.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'diagram-clear': 'error'
      }
    }
  }
};
