// What a click on the board opens, in a dialog over it: a gate cell's rounds, decisions and open tasks
// (GET /api/v1/board/gates/{project}/{gate}); a risk node's grades, correction and plan adjustments
// (GET /api/v1/board/nodes/{project}/{node}); the nodes behind a risk heat-map cell.

import {el} from './dom.js';

const ROUND_STATES = {IN_REVIEW: '评审中', PASSED: '通过', FAILED: '不通过', CLOSED: '已关闭'};
const CONCLUSIONS = {PASS: '通过', CONDITIONAL: '有条件通过', FAIL: '不通过'};
const DECISION_STATES = {OPEN: '落实中', DONE: '待核验', VERIFIED: '已核验'};
const ADJUSTMENT_STATES = {PENDING: '审批中', APPROVED: '已批准', REJECTED: '已驳回'};
export const GRADE_NAMES = {GREEN: '绿', YELLOW: '黄', ORANGE: '橙', RED: '红'};
export const LEVELS = {MILESTONE: '里程碑', L1: '一级', L2: '二级', L3: '三级'};

const time = t => t ? t.replace('T', ' ').substring(0, 16) : '—';

export function drillTable(headers, rows) {
  return el('table', {class: 'ro-board-table'},
    el('thead', null, el('tr', null, headers.map(h => el('th', null, h)))),
    el('tbody', null, rows.length ? rows.map(r => el('tr', null, r.map(c => el('td', null, c))))
      : el('tr', null, el('td', {colspan: headers.length, class: 'ro-board-empty'}, '无'))));
}

/** A dialog over the board; Esc, the close button or a click beside it closes it. */
export function openDialog(title, ...content) {
  document.querySelectorAll('.ro-board-drill').forEach(d => d.remove());
  const close = () => {
    dialog.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = e => {
    if (e.key === 'Escape') {
      close();
    }
  };
  const box = el('div', {class: 'ro-board-drill-box', role: 'dialog', 'aria-label': title},
    el('div', {class: 'ro-board-drill-head'}, el('h3', null, title),
      el('button', {class: 'btn btn-default btn-sm ro-board-drill-close', onclick: close}, '关闭')),
    el('div', {class: 'ro-board-drill-body'}, content));
  const dialog = el('div', {class: 'ro-board-drill', onclick: e => {
    if (e.target === dialog) {
      close();
    }
  }}, box);
  document.addEventListener('keydown', onKey);
  document.body.append(dialog);
  return box.querySelector('.ro-board-drill-body');
}

async function fetchJson(board, path) {
  const response = await fetch(board.apiBase + path,
    {credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': board.csrf}});
  if (!response.ok) {
    let detail = '加载失败（' + response.status + '）';
    try {
      detail = (await response.json()).detail || detail;
    } catch (e) {
      // not a problem+json answer
    }
    throw new Error(detail);
  }
  return response.json();
}

async function fill(body, load) {
  body.replaceChildren(el('p', {class: 'ro-board-loading'}, '正在加载…'));
  try {
    body.replaceChildren(...await load());
  } catch (e) {
    body.replaceChildren(el('p', {class: 'ro-board-error'}, e.message));
  }
}

function taskLink(task) {
  return el('a', {href: '#/?task=' + encodeURIComponent(task.taskId)}, task.name);
}

export function openGate(board, projectCode, gateCode, gateName) {
  const body = openDialog(projectCode + ' · ' + gateName);
  fill(body, async () => {
    const g = await fetchJson(board, '/board/gates/' + encodeURIComponent(projectCode) + '/' + encodeURIComponent(gateCode));
    const parts = [];
    if (!g.rounds.length) {
      parts.push(el('p', {class: 'ro-board-empty'}, '尚未发起评审'));
    }
    for (const r of g.rounds) {
      parts.push(el('h4', null, '第 ' + r.roundNo + ' 轮 · ' + (ROUND_STATES[r.status] || r.status)
        + (r.conclusion ? '（' + (CONCLUSIONS[r.conclusion] || r.conclusion) + '）' : '')));
      parts.push(el('p', {class: 'ro-board-drill-meta'}, '发起 ' + time(r.startedAt)
        + (r.meetingAt ? '，上会 ' + time(r.meetingAt) + (r.location ? '（' + r.location + '）' : '') : '')
        + (r.finishedAt ? '，结束 ' + time(r.finishedAt) : '')));
      if (r.minutes) {
        parts.push(el('p', {class: 'ro-board-drill-minutes'}, '会议纪要：' + r.minutes));
      }
      if (r.decisions.length) {
        parts.push(drillTable(['决议', '责任部门', '期限', '状态'], r.decisions.map(d => [d.seq + '. ' + d.content,
          d.ownerGroup, d.dueDate || '—',
          el('span', {class: d.overdue ? 'ro-board-late' : ''}, (DECISION_STATES[d.status] || d.status)
            + (d.overdue ? '（已逾期）' : ''))])));
      }
    }
    parts.push(el('h4', null, '未完成的待办'));
    parts.push(drillTable(['轮次', '待办', '处理人', '创建', '到期'], g.openTasks.map(t => [t.roundNo, taskLink(t),
      t.assignee || t.candidateGroups.join('、') || '—', time(t.created),
      el('span', {class: t.overdue ? 'ro-board-late' : ''}, time(t.due) + (t.overdue ? '（已逾期）' : ''))])));
    return parts;
  });
}

export function openNode(board, projectCode, nodeCode) {
  const body = openDialog(projectCode + ' · ' + nodeCode);
  fill(body, async () => {
    const n = await fetchJson(board, '/board/nodes/' + encodeURIComponent(projectCode) + '/' + encodeURIComponent(nodeCode));
    const c = n.correction;
    return [
      el('h4', null, n.name + '（' + (LEVELS[n.nodeLevel] || n.nodeLevel) + '）'),
      el('p', {class: 'ro-board-drill-meta'}, '基准完成 ' + (n.baselineFinish || '—') + '，计划完成 ' + n.plannedFinish
        + '，实际完成 ' + (n.actualFinish || '未完成') + '，进度 ' + n.progress + '%'),
      el('h4', null, '纠偏'),
      c ? el('div', {class: 'ro-board-correction'},
        el('p', null, '当前环节：', el('strong', null, c.stepName)),
        c.cause ? el('p', null, '原因：' + c.cause) : null,
        c.measures ? el('p', null, '措施：' + c.measures) : null,
        c.forecastFinish ? el('p', null, '预计完成：' + c.forecastFinish) : null)
        : el('p', {class: 'ro-board-empty'}, '无进行中的纠偏'),
      el('h4', null, '近期检查'),
      drillTable(['检查日', '等级', '逾期天数', '预计延误', '原因'], n.grades.map(g => [g.period,
        el('span', {class: 'ro-board-grade ro-board-grade-' + g.grade}, GRADE_NAMES[g.grade] || g.grade),
        g.daysOverdue, g.forecastDelayDays, g.reason])),
      el('h4', null, '计划调整'),
      drillTable(['申请时间', '原计划', '调整为', '延后天数', '状态', '原因'], n.adjustments.map(a => [time(a.requestedAt),
        a.oldPlannedFinish, a.newPlannedFinish, a.delayDays, ADJUSTMENT_STATES[a.status] || a.status, a.reason]))
    ];
  });
}

/** The RED and ORANGE nodes behind a heat-map cell; with one node, that node at once. */
export function openCell(board, nodes, projectCode, categoryName) {
  if (nodes.length === 1) {
    openNode(board, nodes[0].projectCode, nodes[0].nodeCode);
    return;
  }
  const body = openDialog(projectCode + ' · ' + categoryName);
  body.replaceChildren(nodes.length ? riskTable(board, nodes) : el('p', {class: 'ro-board-empty'}, '该类别没有红色或橙色节点'));
}

/** Risk nodes with their correction; a node's name opens it. */
export function riskTable(board, nodes) {
  return drillTable(['项目', '节点', '等级', '逾期天数', '预计延误', '纠偏'], nodes.map(r => [r.projectCode,
    el('a', {href: '', class: 'ro-board-node', onclick: e => {
      e.preventDefault();
      openNode(board, r.projectCode, r.nodeCode);
    }}, r.nodeCode + ' ' + r.nodeName),
    el('span', {class: 'ro-board-grade ro-board-grade-' + r.grade}, GRADE_NAMES[r.grade] || r.grade),
    r.daysOverdue, r.forecastDelayDays, r.correction ? r.correction.stepName : '未发起']));
}
