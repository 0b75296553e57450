// A readable diagram (issue 23, "Every diagram clean"), the rule of DiagramLayoutTest in the Modeler: no sequence
// flow passes through a shape other than its source and target (nor through a subprocess it does not lie in), and
// every named event, gateway and sequence flow has label bounds in the model, clear of every shape, every other
// label and every flow. Reported on the element whose drawing must move, in Dutch for the analist.
const { is, isAny } = require('bpmnlint-utils');

// How far a label keeps from shapes and flow lines; a flow may touch a shape's border by this much.
const LABEL_CLEARANCE = 2;
const FLOW_TOUCH = 1;

module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }
    for (const diagram of node.diagrams || []) {
      const elements = (diagram.plane && diagram.plane.planeElement) || [];
      const shapes = elements.filter(element => is(element, 'bpmndi:BPMNShape') && element.bpmnElement && element.bounds);
      const edges = elements.filter(element => is(element, 'bpmndi:BPMNEdge') && element.bpmnElement);
      const lines = edges.map(edge => ({ edge, segments: segments(edge) }));

      for (const { edge, segments: own } of lines) {
        const flow = edge.bpmnElement;
        if (!is(flow, 'bpmn:SequenceFlow')) {
          continue;
        }
        const containers = ancestors(flow);
        const passed = shapes.filter(shape => shape.bpmnElement !== flow.sourceRef && shape.bpmnElement !== flow.targetRef
            && !containers.includes(shape.bpmnElement)
            && own.some(segment => crosses(segment, shape.bounds, -FLOW_TOUCH)));
        passed.forEach(shape => reporter.report(flow.id, `Stroom loopt door ${describe(shape.bpmnElement)}`));
      }

      const labelled = [...shapes, ...edges].filter(drawing => hasExternalLabel(drawing.bpmnElement));
      for (const drawing of labelled) {
        const element = drawing.bpmnElement;
        const label = drawing.label && drawing.label.bounds;
        if (!label) {
          reporter.report(element.id, 'Label heeft geen eigen plaats in het model: sleep het vrij van alles');
          continue;
        }
        for (const shape of shapes) {
          const container = is(shape.bpmnElement, 'bpmn:SubProcess');
          if (container ? overlap(label, shape.bounds) && !inside(label, shape.bounds)
            : overlap(grown(label, LABEL_CLEARANCE), shape.bounds)) {
            reporter.report(element.id, `Label ligt op ${describe(shape.bpmnElement)}`);
          }
        }
        for (const other of labelled) {
          const bounds = other.label && other.label.bounds;
          if (other !== drawing && bounds && overlap(label, bounds)) {
            reporter.report(element.id, `Label ligt op het label van ${describe(other.bpmnElement)}`);
          }
        }
        for (const { edge, segments: line } of lines) {
          if (line.some(segment => crosses(segment, label, LABEL_CLEARANCE))) {
            reporter.report(element.id, `Label ligt op stroom ${describe(edge.bpmnElement)}`);
          }
        }
      }
    }
  }

  return { check };
};

/** Events, gateways, named flows and data carry their name beside them; tasks carry it inside. */
function hasExternalLabel(element) {
  return isAny(element, [ 'bpmn:Event', 'bpmn:Gateway', 'bpmn:SequenceFlow', 'bpmn:DataObjectReference',
    'bpmn:DataStoreReference' ]) && !!(element.name && element.name.trim());
}

function describe(element) {
  return element.name ? `"${element.name.replace(/\s+/g, ' ').trim()}" (${element.id})` : element.id;
}

function ancestors(element) {
  const containers = [];
  for (let parent = element.$parent; parent && is(parent, 'bpmn:SubProcess'); parent = parent.$parent) {
    containers.push(parent);
  }
  return containers;
}

function segments(edge) {
  const points = edge.waypoint || [];
  return points.slice(1).map((point, index) => [ points[index], point ]);
}

/** Whether the segment enters the rectangle grown by margin (a negative margin shrinks it): Liang–Barsky clipping. */
function crosses([ from, to ], bounds, margin) {
  const left = bounds.x - margin;
  const top = bounds.y - margin;
  const right = bounds.x + bounds.width + margin;
  const bottom = bounds.y + bounds.height + margin;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const p = [ -dx, dx, -dy, dy ];
  const q = [ from.x - left, right - from.x, from.y - top, bottom - from.y ];
  let enter = 0;
  let leave = 1;
  for (let i = 0; i < 4; i++) {
    if (p[i] === 0) {
      if (q[i] <= 0) {
        return false;
      }
    } else {
      const t = q[i] / p[i];
      if (p[i] < 0) {
        enter = Math.max(enter, t);
      } else {
        leave = Math.min(leave, t);
      }
    }
  }
  return leave - enter > 1e-9;
}

function grown(bounds, margin) {
  return { x: bounds.x - margin, y: bounds.y - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin };
}

function overlap(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner, outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width
    && inner.y + inner.height <= outer.y + outer.height;
}
