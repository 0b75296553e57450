// Builds the Camunda Modeler plugin into target/camunda-modeler-plugin/inburgeringsregie-lint
// (index.js and dist/client.js); copy that folder into the Modeler's resources/plugins.
const fs = require('fs');
const path = require('path');

const pluginFolder = path.resolve(__dirname, '../../../target/camunda-modeler-plugin/inburgeringsregie-lint');

module.exports = {
  mode: 'production',
  entry: path.resolve(__dirname, 'client.js'),
  output: {
    path: path.join(pluginFolder, 'dist'),
    filename: 'client.js'
  },
  module: {
    rules: [
      { test: /\.bpmnlintrc$/i, use: 'bpmnlint-loader' }
    ]
  },
  plugins: [
    {
      apply(compiler) {
        compiler.hooks.afterEmit.tap('PluginDescriptor', () => {
          fs.copyFileSync(path.resolve(__dirname, 'index.js'), path.join(pluginFolder, 'index.js'));
        });
      }
    }
  ]
};
