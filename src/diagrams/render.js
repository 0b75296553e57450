// Renders every model in processes/ into docs/diagrammen (issue 23, "Pictures in the docs"):
//  - each BPMN model with bpmn-js (the renderer of Camunda Modeler) in headless Chromium to <model>.svg;
//  - each DMN model's decision tables to <model>.md (Markdown tables, read from the DMN XML with dmn-moddle).
// Every picture starts with the sha256 of the model it shows; DiagramPicturesTest fails when a model changed
// after its picture was made ("run cd src/diagrams && npm ci && npm run render").
// Also checks that bpmn-js draws every external label (events, gateways, flows) inside the label bounds the model
// gives it, so DiagramLayoutTest, which reasons over those bounds, sees what the analist sees; and writes a PNG per
// diagram at 100 % zoom to target/diagrammen to look at.
//
// Usage: npm run render            (pictures and screenshots)
//        npm run render -- --check (only the label check and the screenshots; docs/ untouched)
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const puppeteer = require('puppeteer-core');
const DmnModdleModule = require('dmn-moddle');
const DmnModdle = DmnModdleModule.DmnModdle || DmnModdleModule.default || DmnModdleModule;

const root = path.resolve(__dirname, '../..');
const processes = process.env.MODELS ? path.resolve(process.env.MODELS) : path.join(root, 'processes');
const pictures = path.join(root, 'docs/diagrammen');
const screenshots = process.env.SCREENSHOTS ? path.resolve(process.env.SCREENSHOTS) : path.join(root, 'target/diagrammen');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const checkOnly = process.argv.includes('--check');
const viewerBundle = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const styles = ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css'].map(css => require.resolve(css));
// A rendered label may stick out of its bounds by this much (anti-aliasing, glyph overhang).
const LABEL_TOLERANCE = 2;
const MARGIN = 20;
const TILE = 1200;

// In the page: the model drawn at 100 % zoom, the viewport showing the whole diagram at scale 1 with a margin; used
// for the picture and for the screenshot alike.
const SHOW_DIAGRAM = `
window.showDiagram = async (xml, margin) => {
  const container = document.getElementById('canvas');
  container.innerHTML = '';
  const viewer = new BpmnJS({ container });
  const { warnings } = await viewer.importXML(xml);
  const canvas = viewer.get('canvas');
  const box = canvas.getActiveLayer().getBBox();
  container.style.width = Math.ceil(box.width + 2 * margin) + 'px';
  container.style.height = Math.ceil(box.height + 2 * margin) + 'px';
  canvas.resized();
  canvas.viewbox({ x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin });
  return { viewer, warnings, box };
};`;

function sha256(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

function stamp(file, text) {
  return `model ${path.basename(file)} sha256 ${sha256(text)}; made by src/diagrams (npm run render), do not edit`;
}

async function renderBpmn(page, file) {
  const xml = fs.readFileSync(file, 'utf8');
  const result = await page.evaluate(async (xml, margin) => {
    const { viewer, warnings, box } = await window.showDiagram(xml, margin);
    const registry = viewer.get('elementRegistry');
    const labels = registry.filter(element => element.type === 'label' && element.businessObject.name).map(label => {
      const text = registry.getGraphics(label).querySelector('text');
      const rendered = text.getBBox();
      // The model's bounds, not the label element's: bpmn-js grows a label element to fit its text on import.
      const di = label.labelTarget.di && label.labelTarget.di.label && label.labelTarget.di.label.bounds;
      return {
        id: label.businessObject.id,
        bounds: di ? { x: di.x, y: di.y, width: di.width, height: di.height }
          : { x: label.x, y: label.y, width: label.width, height: label.height },
        // The text is drawn in the label's own coordinates (its group is moved to label.x, label.y).
        text: { x: label.x + rendered.x, y: label.y + rendered.y, width: rendered.width, height: rendered.height },
        explicit: !!di,
        lines: [...text.querySelectorAll('tspan')].map(line => line.textContent)
      };
    });
    const { svg } = await viewer.saveSVG();
    viewer.destroy();
    return { svg, labels, warnings: warnings.map(warning => warning.message),
      width: Math.ceil(box.width + 2 * margin), height: Math.ceil(box.height + 2 * margin) };
  }, xml, MARGIN);
  return { xml, ...result };
}

async function screenshot(page, file, xml, size) {
  await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
  await page.evaluate((xml, margin) => window.showDiagram(xml, margin).then(() => undefined), xml, MARGIN);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size.width, height: size.height } });
  // Tiles of at most TILE px square, so a wide diagram can be looked at at 100 % in an image viewer.
  for (let top = 0, row = 0; top < size.height; top += TILE, row++) {
    for (let left = 0, column = 0; left < size.width; left += TILE, column++) {
      await page.screenshot({ path: file.replace(/\.png$/, `-${row}-${column}.png`),
        clip: { x: left, y: top, width: Math.min(TILE, size.width - left), height: Math.min(TILE, size.height - top) } });
    }
  }
}

// bpmn-js names each arrow-head marker with a random id; numbering them in order of appearance keeps a picture the
// same as long as its model is, so a refresh changes only the pictures of changed models.
function deterministic(svg) {
  const numbers = new Map();
  return svg.replace(/marker-[a-z0-9]{8,}/g, id => {
    if (!numbers.has(id)) {
      numbers.set(id, `marker-${numbers.size + 1}`);
    }
    return numbers.get(id);
  });
}

function labelProblems(name, labels) {
  const problems = [];
  for (const label of labels) {
    const { bounds, text } = label;
    if (!label.explicit) {
      problems.push(`${name}: ${label.id} has no label bounds in the model (bpmn-js places it itself)`);
    } else if (text.x < bounds.x - LABEL_TOLERANCE || text.y < bounds.y - LABEL_TOLERANCE
        || text.x + text.width > bounds.x + bounds.width + LABEL_TOLERANCE
        || text.y + text.height > bounds.y + bounds.height + LABEL_TOLERANCE) {
      problems.push(`${name}: the label of ${label.id} is drawn at ${fmt(text)}, outside its bounds ${fmt(bounds)}`);
    }
  }
  return problems;
}

function fmt(box) {
  return `(${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)})`;
}

function cell(text) {
  return (text || '').trim().replace(/\s+/g, ' ').replace(/\|/g, '\\|') || '-';
}

async function renderDmn(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const { rootElement } = await new DmnModdle().fromXML(xml);
  const lines = [`<!-- ${stamp(file, xml)} -->`, '', `# ${rootElement.name || path.basename(file)}`, '',
    `Beslistabellen uit \`processes/${path.basename(file)}\`, zoals Camunda ze uitvoert.`, ''];
  for (const decision of rootElement.drgElement.filter(element => element.$type === 'dmn:Decision')) {
    const table = decision.decisionLogic;
    if (!table || table.$type !== 'dmn:DecisionTable') {
      continue;
    }
    lines.push(`## ${decision.name} (\`${decision.id}\`)`, '');
    lines.push(`Hit policy: ${table.hitPolicy || 'UNIQUE'}${table.aggregation ? ' ' + table.aggregation : ''}.`, '');
    const annotations = table.annotation || [];
    const headers = ['#',
      ...(table.input || []).map(input => `${input.label || input.inputExpression.text} (invoer)`),
      ...(table.output || []).map(output => `${output.label || output.name} (uitvoer)`),
      ...annotations.map(annotation => annotation.name)];
    if (!annotations.length && (table.rule || []).some(rule => rule.description)) {
      headers.push('Toelichting');
    }
    lines.push(`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`);
    (table.rule || []).forEach((rule, index) => {
      const cells = [String(index + 1),
        ...(rule.inputEntry || []).map(entry => entry.text),
        ...(rule.outputEntry || []).map(entry => entry.text),
        ...(annotations.length ? (rule.annotationEntry || []).map(entry => entry.text)
          : headers.includes('Toelichting') ? [rule.description] : [])];
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

(async () => {
  const models = fs.readdirSync(processes).sort();
  fs.mkdirSync(screenshots, { recursive: true });
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  const problems = [];
  const outputs = [];
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><style>html,body{margin:0;padding:0;background:white}</style>'
      + '</head><body><div id="canvas"></div></body></html>');
    for (const css of styles) {
      await page.addStyleTag({ path: css });
    }
    await page.addScriptTag({ path: viewerBundle });
    await page.addScriptTag({ content: SHOW_DIAGRAM });
    for (const name of models.filter(model => model.endsWith('.bpmn'))) {
      const file = path.join(processes, name);
      const { xml, svg, labels, warnings, width, height } = await renderBpmn(page, file);
      warnings.forEach(warning => problems.push(`${name}: bpmn-js: ${warning}`));
      problems.push(...labelProblems(name, labels));
      const picture = svg.replace(/^(<\?xml[^>]*\?>)?/, declaration => `${declaration}\n<!-- ${stamp(file, xml)} -->`);
      outputs.push([name.replace(/\.bpmn$/, '.svg'), deterministic(picture) + '\n']);
      fs.writeFileSync(path.join(screenshots, name.replace(/\.bpmn$/, '.labels.json')), JSON.stringify(labels, null, 1));
      const png = path.join(screenshots, name.replace(/\.bpmn$/, '.png'));
      await screenshot(page, png, xml, { width, height });
      console.log(`${name}: ${width}x${height}, ${labels.length} labels, screenshot ${path.relative(root, png)}`);
    }
  } finally {
    await browser.close();
  }
  for (const name of models.filter(model => model.endsWith('.dmn'))) {
    outputs.push([name.replace(/\.dmn$/, '.md'), await renderDmn(path.join(processes, name))]);
  }
  // A picture is only made of a model bpmn-js draws as the model says: no stale picture of a faulty model.
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  if (!checkOnly) {
    fs.mkdirSync(pictures, { recursive: true });
    for (const [file, content] of outputs) {
      fs.writeFileSync(path.join(pictures, file), content);
      console.log(`docs/diagrammen/${file}`);
    }
  }
})().catch(error => {
  console.error(error.stack || error.message);
  process.exit(1);
});
