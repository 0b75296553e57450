// A readable diagram (issue 23, "Every diagram clean"), the rule of DiagramLayoutTest in the Modeler: no sequence
// flow passes through a shape other than its source and target (nor through a subprocess it does not lie in), and
// every named event, gateway and sequence flow has label bounds in the model, clear of every shape, every other
// label and every flow; no two sequence flows cross or run over each other, and no flow has a needless bend point.
// Reported on the element whose drawing must move, in Dutch for the analist.
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
        needlessBends(edge.waypoint || []).forEach(bend => reporter.report(flow.id, bend));
      }

      const flows = lines.filter(({ edge }) => is(edge.bpmnElement, 'bpmn:SequenceFlow'));
      flows.forEach(({ edge: first }, index) => flows.slice(index + 1).forEach(({ edge: second }) => {
        const at = crossing(first, second);
        if (at && !UNAVOIDABLE_CROSSINGS.some(pair => pair.includes(first.bpmnElement.id) && pair.includes(second.bpmnElement.id))) {
          reporter.report(first.bpmnElement.id, `Stroom kruist ${describe(second.bpmnElement)} bij (${at.x}, ${at.y})`);
        }
      }));

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

// Crossings no planar drawing of the model can avoid, each a pair of flow ids with the reason; the same list as
// DiagramLayoutTest.UNAVOIDABLE_CROSSINGS. Empty: every model has a drawing without crossings.
const UNAVOIDABLE_CROSSINGS = [];

/**
 * Where two sequence flows cross or run over each other, or null. Flows that leave the same node may run together
 * from their common start and part at one point (a trunk, as bpmn-js draws a gateway's branches), flows that enter
 * the same node likewise up to their common end, and a flow may end where the next one starts; any other touch is a
 * crossing.
 */
function crossing(first, second) {
  const one = first.bpmnElement;
  const other = second.bpmnElement;
  let a = (first.waypoint || []).map(({ x, y }) => ({ x, y }));
  let b = (second.waypoint || []).map(({ x, y }) => ({ x, y }));
  const allowed = [];
  if (a.length < 2 || b.length < 2) {
    return null;
  }
  if (one.sourceRef === other.sourceRef && same(a[0], b[0])) {
    [ a, b ] = withoutTrunk(a, b);
    allowed.push(a[0]);
  }
  if (one.targetRef === other.targetRef && same(a[a.length - 1], b[b.length - 1])) {
    const [ ra, rb ] = withoutTrunk([ ...a ].reverse(), [ ...b ].reverse());
    [ a, b ] = [ ra.reverse(), rb.reverse() ];
    allowed.push(a[a.length - 1]);
  }
  if (one.targetRef === other.sourceRef) {
    allowed.push(a[a.length - 1]);
  }
  if (one.sourceRef === other.targetRef) {
    allowed.push(a[0]);
  }
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      const touch = contact(a[i - 1], a[i], b[j - 1], b[j]);
      if (touch && !(touch.point && allowed.some(point => same(point, touch.point)))) {
        return touch.point || touch.from;
      }
    }
  }
  return null;
}

/** Both polylines from the point where they part: the path they share from their (common) first point cut off. */
function withoutTrunk(a, b) {
  let i = 0;
  let j = 0;
  let at = a[0];
  while (i + 1 < a.length && j + 1 < b.length) {
    const next = a[i + 1];
    const other = b[j + 1];
    const u = { x: next.x - at.x, y: next.y - at.y };
    const v = { x: other.x - at.x, y: other.y - at.y };
    if (length(u) === 0 || length(v) === 0 || u.x * v.y - u.y * v.x !== 0 || u.x * v.x + u.y * v.y <= 0) {
      break;
    }
    if (length(u) <= length(v)) {
      i++;
    }
    if (length(v) <= length(u)) {
      j++;
    }
    at = length(u) <= length(v) ? next : other;
  }
  return [ [ at, ...a.slice(i + 1) ], [ at, ...b.slice(j + 1) ] ];
}

/** What two segments have in common: nothing (null), one point ({ point }) or a stretch ({ from, to }). */
function contact(p, q, r, s) {
  if (same(p, q)) {
    return lies(p, r, s) ? { point: p } : null;
  }
  if (same(r, s)) {
    return lies(r, p, q) ? { point: r } : null;
  }
  const d1 = orientation(r, s, p);
  const d2 = orientation(r, s, q);
  const d3 = orientation(p, q, r);
  const d4 = orientation(p, q, s);
  if (d1 === 0 && d2 === 0) {
    const horizontal = p.x !== q.x || r.x !== s.x;
    const key = point => (horizontal ? point.x : point.y);
    const [ lo1, hi1 ] = [ p, q ].sort((m, n) => key(m) - key(n));
    const [ lo2, hi2 ] = [ r, s ].sort((m, n) => key(m) - key(n));
    const from = key(lo1) >= key(lo2) ? lo1 : lo2;
    const to = key(hi1) <= key(hi2) ? hi1 : hi2;
    if (key(from) > key(to)) {
      return null;
    }
    return same(from, to) ? { point: from } : { from, to };
  }
  if (d1 * d2 > 0 || d3 * d4 > 0) {
    return null;
  }
  const denominator = (q.x - p.x) * (s.y - r.y) - (q.y - p.y) * (s.x - r.x);
  const t = ((r.x - p.x) * (s.y - r.y) - (r.y - p.y) * (s.x - r.x)) / denominator;
  return { point: { x: Math.round((p.x + t * (q.x - p.x)) * 100) / 100, y: Math.round((p.y + t * (q.y - p.y)) * 100) / 100 } };
}

/** A bend point on the straight line through its neighbours, or a segment of no length: a bend nobody needs. */
function needlessBends(points) {
  const bends = [];
  for (let i = 1; i < points.length; i++) {
    if (same(points[i - 1], points[i])) {
      bends.push(`Stroom heeft een stuk zonder lengte bij (${points[i].x}, ${points[i].y})`);
    } else if (i + 1 < points.length && !same(points[i], points[i + 1]) && orientation(points[i - 1], points[i], points[i + 1]) === 0) {
      bends.push(`Stroom heeft een overbodig knikpunt bij (${points[i].x}, ${points[i].y})`);
    }
  }
  return bends;
}

function lies(point, from, to) {
  return orientation(from, to, point) === 0
    && Math.min(from.x, to.x) <= point.x && point.x <= Math.max(from.x, to.x)
    && Math.min(from.y, to.y) <= point.y && point.y <= Math.max(from.y, to.y);
}

function orientation(a, b, c) {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

function same(a, b) {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;
}

function length(vector) {
  return Math.hypot(vector.x, vector.y);
}

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
