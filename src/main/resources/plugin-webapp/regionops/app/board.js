// 区域运营看板 (issue 21): a full page inside Tasklist at #/board, from GET /api/v1/board with the person's
// Tasklist session (ApiAuthenticationFilter). Charts with Apache ECharts from its webjar; everything a person
// reads is Chinese, dates are China dates as the API gives them.

import {el} from './dom.js';
import {openCell, openGate, riskTable} from './board-drill.js';
import {saveBoardImage} from './board-image.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const GATE_STATES = [
  {key: 'NOT_STARTED', label: '未开始', color: '#d9d9d9'},
  {key: 'IN_REVIEW', label: '评审中', color: '#4e8fd9'},
  {key: 'PASSED', label: '通过', color: '#3ba272'},
  {key: 'CONDITIONAL', label: '有条件通过', color: '#b5d96a'},
  {key: 'FAILED', label: '不通过', color: '#d94e4e'}
];
const GRADES = [
  {key: 'GREEN', label: '绿', color: '#3ba272'},
  {key: 'YELLOW', label: '黄', color: '#f2c94c'},
  {key: 'ORANGE', label: '橙', color: '#f2994a'},
  {key: 'RED', label: '红', color: '#d94e4e'}
];
const CATEGORIES = {PERMIT: '报建', DESIGN: '设计', CONSTRUCTION: '工程', SUPPLY: '供货', OPENING: '开盘', HANDOVER: '交楼', OTHER: '其他'};
const METRICS = {SALES: '销售', COLLECTION: '回款', REVENUE_RECOGNITION: '确收', SUPPLY: '供货', NET_PROFIT: '净利润', CASH_FLOW: '现金流', INVESTMENT: '投资'};
const CERTIFICATE_STATES = {PLANNED: '计划取得', VALID: '有效', REVIEW_DUE: '待年审', IN_REVIEW: '年审中', EXPIRED: '已失效', REVOKED: '已注销'};
const STAGE_COLORS = ['#9db4d9', '#f2c94c', '#f2994a', '#d94e4e', '#3ba272'];
const DAY = 24 * 3600 * 1000;
const day = d => Date.parse(d + 'T00:00:00+08:00');

function gateState(cell) {
  if (cell.status === 'NOT_STARTED' || cell.status === 'IN_REVIEW' || cell.status === 'FAILED') {
    return cell.status;
  }
  return cell.conclusion === 'CONDITIONAL' ? 'CONDITIONAL' : 'PASSED';
}

function table(headers, rows) {
  return el('table', {class: 'ro-board-table'},
    el('thead', null, el('tr', null, headers.map(h => el('th', null, h)))),
    el('tbody', null, rows.length ? rows.map(r => el('tr', null, r.map(c => el('td', null, c))))
      : el('tr', null, el('td', {colspan: headers.length, class: 'ro-board-empty'}, '无'))));
}

class Board {

  constructor(node, api) {
    this.node = node;
    this.csrf = api.CSRFToken;
    this.apiBase = api.tasklistApi.replace(/\/camunda\/api\/tasklist$/, '') + '/api/v1';
    this.charts = [];
    this.onResize = () => this.charts.forEach(c => c.resize());
    window.addEventListener('resize', this.onResize);
  }

  async load(regionCode) {
    this.node.replaceChildren(el('div', {class: 'ro-board-loading'}, '正在加载运营看板…'));
    const params = new URLSearchParams();
    if (regionCode) {
      params.set('regionCode', regionCode);
    }
    if (this.basis) {
      params.set('basis', this.basis);
    }
    const response = await fetch(this.apiBase + '/board' + (params.toString() ? '?' + params : ''),
      {credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}});
    if (!response.ok) {
      let detail = '加载失败（' + response.status + '）';
      try {
        detail = (await response.json()).detail || detail;
      } catch (e) {
        // not a problem+json answer
      }
      this.node.replaceChildren(el('div', {class: 'ro-board-error'}, detail));
      return;
    }
    const board = await response.json();
    const echarts = await import(ECHARTS);
    this.render(board, echarts);
  }

  dispose() {
    this.charts.forEach(c => c.dispose());
    this.charts = [];
  }

  destroy() {
    this.dispose();
    window.removeEventListener('resize', this.onResize);
  }

  chart(echarts, height, option, onClick) {
    const box = el('div', {class: 'ro-board-chart', style: 'height:' + height + 'px'});
    // drawn once the box is in the page and has its width
    requestAnimationFrame(() => {
      const chart = echarts.init(box, null, {renderer: 'canvas'});
      chart.setOption(Object.assign({animation: false, textStyle: {fontFamily: 'sans-serif'}}, option));
      if (onClick) {
        chart.on('click', onClick);
      }
      box.chart = chart; // for 保存为图片
      this.charts.push(chart);
    });
    return box;
  }

  render(board, echarts) {
    this.dispose();
    const header = el('div', {class: 'ro-board-header'},
      el('h2', null, board.regionName + ' 运营看板'),
      el('span', {class: 'ro-board-asof'}, '截至 ' + board.asOf + (board.scope === 'PROJECTS' ? '（本项目）' : '')),
      board.regions.length > 1 ? el('select', {class: 'ro-board-region', 'aria-label': '切换区域',
        onchange: e => this.load(e.target.value)}, board.regions.map(r => el('option',
          {value: r.code, selected: r.code === board.regionCode}, r.name))) : null,
      el('select', {class: 'ro-board-basis', 'aria-label': '口径',
        onchange: e => { this.basis = e.target.value; this.load(board.regionCode); }},
        [['ASSESSMENT', '考核口径'], ['EQUITY', '权益口径'], ['CONSOLIDATED', '并表口径']].map(([value, label]) =>
          el('option', {value, selected: value === board.basis}, label))),
      el('span', {class: 'ro-board-actions'},
        el('button', {class: 'btn btn-default ro-board-image', onclick: e => this.saveImage(board, e.target)}, '保存为图片'),
        el('button', {class: 'btn btn-default ro-board-print', onclick: () => window.print()}, '打印 / 保存为 PDF')));
    const names = Object.fromEntries(board.projects.map(p => [p.code, p.name + (p.supported ? '（帮扶中）' : '')]));
    const projectLabel = code => code + ' ' + (names[code] || '');
    this.node.replaceChildren(el('div', {class: 'ro-board'}, header, el('div', {class: 'ro-board-grid'},
      this.gatePanel(board, echarts, projectLabel),
      this.riskPanel(board, echarts, projectLabel),
      this.milestonePanel(board, echarts, projectLabel),
      this.certificatePanel(board, echarts),
      this.rectificationPanel(board, echarts, projectLabel),
      this.supervisionPanel(board, echarts, projectLabel),
      this.knowledgePanel(board, echarts),
      this.handoverPanel(board, echarts),
      board.scope === 'REGION' ? this.performancePanel(board, echarts) : null,
      this.targetPanel(board, echarts, projectLabel),
      this.kpiPanel(board, echarts),
      board.scope === 'REGION' ? this.timesPanel(board, echarts) : null)));
  }

  async saveImage(board, button) {
    button.disabled = true;
    try {
      await saveBoardImage(this.node.querySelector('.ro-board'), board.regionName + ' 运营看板（截至 ' + board.asOf + '）',
        '运营看板-' + board.regionCode + '-' + board.asOf + '.png');
    } finally {
      button.disabled = false;
    }
  }

  /** 流程时效 comes from Camunda's history, after the first paint, in its own call; per project and gate on request. */
  timesPanel(board, echarts) {
    const panel = this.panel('流程时效', el('p', {class: 'ro-board-loading'}, '正在统计…'));
    const gates = board.gates.length ? board.gates[0].cells : [];
    const scope = {projectCode: '', gateCode: ''};
    const filters = el('div', {class: 'ro-board-filters'},
      el('select', {'aria-label': '项目', onchange: e => {
        scope.projectCode = e.target.value;
        this.loadTimes(board, echarts, panel, filters, scope);
      }}, el('option', {value: ''}, '全部项目'), board.projects.map(p => el('option', {value: p.code}, p.code + ' ' + p.name))),
      el('select', {'aria-label': '节点会议', onchange: e => {
        scope.gateCode = e.target.value;
        this.loadTimes(board, echarts, panel, filters, scope);
      }}, el('option', {value: ''}, '全部流程'), gates.map(g => el('option', {value: g.gateCode}, g.name))));
    this.loadTimes(board, echarts, panel, filters, scope);
    return panel;
  }

  loadTimes(board, echarts, panel, filters, scope) {
    const query = '?regionCode=' + encodeURIComponent(board.regionCode)
      + (scope.projectCode ? '&projectCode=' + encodeURIComponent(scope.projectCode) : '')
      + (scope.gateCode ? '&gateCode=' + encodeURIComponent(scope.gateCode) : '');
    fetch(this.apiBase + '/board/process-times' + query,
      {credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}})
      .then(r => r.ok ? r.json() : Promise.reject(new Error(String(r.status))))
      .then(times => {
        const before = Object.fromEntries(times.previous.map(s => [s.processKey + '/' + s.taskKey, s]));
        const pct = v => v === null || v === undefined ? '—' : Math.round(v * 100) + '%';
        const h = v => v === null || v === undefined ? '—' : v;
        const content = [el('h3', null, '流程时效（' + times.month + '，上月 ' + times.previousMonth + '）'), filters,
          table(['流程', '环节', '完成数', '中位（小时）', 'P90（小时）', '按期完成', '上月中位'], times.steps.map(s =>
            [s.processName, s.taskName, s.completed, h(s.medianHours), h(s.p90Hours), pct(s.onTimeShare),
              h((before[s.processKey + '/' + s.taskKey] || {}).medianHours)]))];
        if (times.backlog.length) {
          content.push(this.chart(echarts, 60 + times.backlog.length * 26, {
            tooltip: {trigger: 'axis'}, legend: {data: times.ageLabels},
            grid: {left: 120, right: 10, top: 30, bottom: 20},
            xAxis: {type: 'value', minInterval: 1},
            yAxis: {type: 'category', data: times.backlog.map(b => b.taskName), inverse: true,
              axisLabel: {fontSize: 11, width: 110, overflow: 'truncate'}},
            series: times.ageLabels.map((label, i) => ({name: label, type: 'bar', stack: 'age',
              data: times.backlog.map(b => b.byAge[i]), color: ['#9db4d9', '#f2c94c', '#f2994a', '#d94e4e'][i]}))
          }));
        }
        if (!times.steps.length && !times.backlog.length) {
          content.push(el('p', {class: 'ro-board-empty'}, '本月无已完成或待办的任务'));
        }
        const old = this.charts.filter(c => panel.contains(c.getDom()));
        old.forEach(c => c.dispose());
        this.charts = this.charts.filter(c => !old.includes(c));
        panel.replaceChildren(...content);
      })
      .catch(e => panel.replaceChildren(el('h3', null, '流程时效'), filters,
        el('p', {class: 'ro-board-error'}, '统计失败：' + e.message)));
  }

  panel(title, ...content) {
    return el('section', {class: 'ro-board-panel'}, el('h3', null, title), content);
  }

  gatePanel(board, echarts, projectLabel) {
    const gates = board.gates.length ? board.gates[0].cells.map(c => c.name) : [];
    const data = [];
    board.gates.forEach((row, y) => row.cells.forEach((cell, x) => {
      const state = GATE_STATES.findIndex(s => s.key === gateState(cell));
      data.push({value: [x, y, state], cell});
    }));
    return this.panel('七前三后', this.chart(echarts, 60 + board.gates.length * 34, {
      tooltip: {formatter: p => {
        const c = p.data.cell;
        return gates[p.data.value[0]] + '：' + GATE_STATES[p.data.value[2]].label
          + (c.round ? '（第 ' + c.round + ' 轮）' : '') + '<br>未完成决议 ' + c.openDecisions + '，逾期 ' + c.overdueDecisions;
      }},
      grid: {left: 110, right: 10, top: 10, bottom: 80},
      xAxis: {type: 'category', data: gates, axisLabel: {rotate: 40, fontSize: 11}},
      yAxis: {type: 'category', data: board.gates.map(r => projectLabel(r.projectCode)), inverse: true,
        axisLabel: {fontSize: 11, width: 100, overflow: 'truncate'}},
      visualMap: {type: 'piecewise', show: false, dimension: 2,
        pieces: GATE_STATES.map((s, i) => ({value: i, label: s.label, color: s.color}))},
      series: [{type: 'heatmap', data, label: {show: true, fontSize: 10,
        formatter: p => p.data.cell.overdueDecisions ? '逾' + p.data.cell.overdueDecisions
          : p.data.cell.round > 1 ? '第' + p.data.cell.round + '轮' : ''},
        itemStyle: {borderColor: '#fff', borderWidth: 1}}]
    }, p => openGate(this, board.gates[p.data.value[1]].projectCode, p.data.cell.gateCode, p.data.cell.name)),
    el('p', {class: 'ro-board-hint'}, '点击格子查看评审轮次、决议与待办'),
    el('div', {class: 'ro-board-legend'}, GATE_STATES.map(s =>
      el('span', null, el('i', {style: 'background:' + s.color}), s.label))));
  }

  riskPanel(board, echarts, projectLabel) {
    const risk = board.risk;
    if (!risk.period) {
      return this.panel('进度风险', el('p', {class: 'ro-board-empty'}, '尚无双周检查'));
    }
    const categories = Object.keys(CATEGORIES);
    const data = [];
    risk.heat.forEach((row, y) => categories.forEach((c, x) => {
      const grade = GRADES.findIndex(g => g.key === row.worst[c]);
      if (grade >= 0) {
        data.push([x, y, grade]);
      }
    }));
    return this.panel('进度风险（' + risk.period + ' 双周检查）',
      this.chart(echarts, 60 + risk.heat.length * 30, {
        tooltip: {formatter: p => categories.map(c => CATEGORIES[c])[p.data[0]] + '：最差 ' + GRADES[p.data[2]].label},
        grid: {left: 110, right: 10, top: 10, bottom: 30},
        xAxis: {type: 'category', data: categories.map(c => CATEGORIES[c])},
        yAxis: {type: 'category', data: risk.heat.map(r => projectLabel(r.projectCode)), inverse: true,
          axisLabel: {fontSize: 11, width: 100, overflow: 'truncate'}},
        visualMap: {type: 'piecewise', show: false, dimension: 2,
          pieces: GRADES.map((g, i) => ({value: i, label: g.label, color: g.color}))},
        series: [{type: 'heatmap', data, itemStyle: {borderColor: '#fff', borderWidth: 1}}]
      }, p => {
        const project = risk.heat[p.data[1]].projectCode;
        const category = categories[p.data[0]];
        openCell(this, risk.red.concat(risk.orange).filter(n => n.projectCode === project && n.category === category),
          project, CATEGORIES[category]);
      }),
      el('p', {class: 'ro-board-hint'}, '点击格子查看红橙节点及其纠偏'),
      this.chart(echarts, 200, {
        tooltip: {trigger: 'axis'}, legend: {data: ['红', '橙']},
        grid: {left: 40, right: 10, top: 30, bottom: 30},
        xAxis: {type: 'category', data: risk.trend.map(t => t.period)},
        yAxis: {type: 'value', minInterval: 1},
        series: [{name: '红', type: 'line', data: risk.trend.map(t => t.red), color: '#d94e4e'},
          {name: '橙', type: 'line', data: risk.trend.map(t => t.orange), color: '#f2994a'}]
      }),
      el('h4', null, '红色节点（' + risk.red.length + '）'),
      riskTable(this, risk.red));
  }

  /** Each project's milestones on one time line: baseline (hollow), planned and actual; today marked. */
  milestonePanel(board, echarts, projectLabel) {
    const ms = board.milestones;
    if (!ms.length) {
      return this.panel('里程碑', el('p', {class: 'ro-board-empty'}, '无里程碑节点'));
    }
    const projects = [...new Set(ms.map(m => m.projectCode))];
    const point = (m, date) => ({value: [day(date), projects.indexOf(m.projectCode)], m});
    const late = ms.filter(m => m.delayDays > 0);
    return this.panel('里程碑', this.chart(echarts, 90 + projects.length * 40, {
      tooltip: {formatter: p => {
        const m = p.data.m;
        return m.projectCode + ' ' + m.name + '<br>基准 ' + (m.baselineFinish || '—') + '，计划 ' + m.plannedFinish
          + '，实际 ' + (m.actualFinish || '未完成') + '<br>偏差 ' + (m.delayDays > 0 ? '+' : '') + m.delayDays + ' 天';
      }},
      legend: {data: ['基准', '计划', '实际'], top: 0},
      grid: {left: 110, right: 16, top: 30, bottom: 30},
      xAxis: {type: 'time', axisLabel: {fontSize: 11}},
      yAxis: {type: 'category', data: projects.map(projectLabel), inverse: true,
        axisLabel: {fontSize: 11, width: 100, overflow: 'truncate'}},
      series: [
        {name: '基准', type: 'scatter', symbol: 'emptyCircle', symbolSize: 9, color: '#999',
          data: ms.filter(m => m.baselineFinish).map(m => point(m, m.baselineFinish))},
        {name: '计划', type: 'scatter', symbol: 'diamond', symbolSize: 9, color: '#4e8fd9',
          data: ms.filter(m => !m.completed).map(m => point(m, m.plannedFinish)),
          markLine: {silent: true, symbol: 'none', lineStyle: {color: '#d94e4e', type: 'dashed'},
            label: {formatter: '今天', fontSize: 10}, data: [{xAxis: day(board.asOf)}]}},
        {name: '实际', type: 'scatter', symbolSize: 9, color: '#3ba272',
          data: ms.filter(m => m.actualFinish).map(m => point(m, m.actualFinish))}]
    }), table(['项目', '延误的里程碑', '基准完成', '计划完成', '实际完成', '偏差（天）'],
      late.sort((a, b) => b.delayDays - a.delayDays).map(m => [m.projectCode, m.name, m.baselineFinish || '—',
        m.plannedFinish, m.actualFinish || '未完成', el('span', {class: 'ro-board-late'}, '+' + m.delayDays)])));
  }

  certificatePanel(board, echarts) {
    const c = board.certificates;
    const stages = Object.entries(c.byStage || {});
    const timeline = c.expired.concat(c.expiring).filter(i => i.due);
    return this.panel('证照（' + c.horizonDays + ' 天内到期 ' + c.expiring.length + '，已失效 ' + c.expired.length
        + '，催办中 ' + c.chases.length + '）',
      timeline.length ? this.chart(echarts, 80 + Math.min(timeline.length, 12) * 22, {
        tooltip: {formatter: p => p.data.i.projectCode + ' ' + p.data.i.typeName + '<br>到期 ' + p.data.i.due
          + '（' + (p.data.i.daysLeft < 0 ? '已过 ' + -p.data.i.daysLeft : '剩 ' + p.data.i.daysLeft) + ' 天）'},
        grid: {left: 150, right: 16, top: 10, bottom: 30},
        xAxis: {type: 'time', min: Math.min(day(board.asOf), ...timeline.map(i => day(i.due))) - 7 * DAY,
          max: day(board.asOf) + c.horizonDays * DAY, axisLabel: {fontSize: 11}},
        yAxis: {type: 'category', inverse: true, data: timeline.map(i => i.projectCode + ' ' + i.typeName),
          axisLabel: {fontSize: 11, width: 140, overflow: 'truncate'}},
        series: [{type: 'scatter', symbolSize: 11, data: timeline.map((i, y) => ({value: [day(i.due), y], i,
          itemStyle: {color: i.status === 'EXPIRED' || i.daysLeft < 0 ? '#d94e4e' : i.daysLeft <= 30 ? '#f2994a' : '#f2c94c'}})),
          markLine: {silent: true, symbol: 'none', lineStyle: {color: '#666', type: 'dashed'},
            label: {formatter: '今天', fontSize: 10}, data: [{xAxis: day(board.asOf)}]}}]
      }) : el('p', {class: 'ro-board-empty'}, c.horizonDays + ' 天内无到期证照'),
      el('h4', null, '年审/换证催办（按阶段）'),
      stages.some(([, n]) => n > 0) ? this.chart(echarts, 170, {
        tooltip: {trigger: 'axis'},
        grid: {left: 100, right: 20, top: 10, bottom: 20},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', inverse: true, data: stages.map(([label]) => label)},
        series: [{type: 'bar', label: {show: true, position: 'right'},
          data: stages.map(([, n], i) => ({value: n, itemStyle: {color: STAGE_COLORS[i]}}))}]
      }) : el('p', {class: 'ro-board-empty'}, '无进行中的催办'),
      table(['项目', '证照', '到期', '阶段'], c.chases.map(ch => [ch.projectCode, ch.typeName, ch.dueDate,
        el('span', {class: ch.stage === 'OVERDUE' || ch.stage === 'PRESIDENT' ? 'ro-board-late' : ''}, ch.stageName)])));
  }

  /** 巡检整改: per project with findings, the share of its 整改 verified, and those open past their due date. */
  rectificationPanel(board, echarts, projectLabel) {
    const rows = board.rectifications || [];
    if (!rows.length) {
      return this.panel('巡检整改', el('p', {class: 'ro-board-empty'}, '尚无巡检问题'));
    }
    const overdue = rows.reduce((n, r) => n + r.overdue, 0);
    return this.panel('巡检整改（逾期 ' + overdue + ' 项）', this.chart(echarts, 60 + rows.length * 30, {
      tooltip: {formatter: p => projectLabel(rows[p.dataIndex].projectCode) + '<br>问题 ' + rows[p.dataIndex].findings
        + '，已核验 ' + rows[p.dataIndex].verified + '，逾期 ' + rows[p.dataIndex].overdue},
      grid: {left: 110, right: 40, top: 10, bottom: 30},
      xAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
      yAxis: {type: 'category', inverse: true, data: rows.map(r => projectLabel(r.projectCode)),
        axisLabel: {fontSize: 11, width: 100, overflow: 'truncate'}},
      series: [{name: '整改完成率', type: 'bar', label: {show: true, position: 'right', formatter: '{c}%'},
        data: rows.map(r => ({value: r.rate, itemStyle: {color: r.overdue > 0 ? '#d94e4e' : r.rate >= 100 ? '#3ba272' : '#f2c94c'}}))}]
    }), table(['项目', '问题', '已核验', '整改完成率', '逾期'], rows.map(r => [r.projectCode, String(r.findings),
      String(r.verified), r.rate + '%', el('span', {class: r.overdue > 0 ? 'ro-board-late' : ''}, String(r.overdue))])));
  }

  /**
   * 三色督办 of this month: open items (instruction copies, decisions, 整改) by colour per project and for the
   * region's own copies, with 签收及时率 and 反馈及时率.
   */
  supervisionPanel(board, echarts, projectLabel) {
    const s = board.supervision;
    const lines = (s.region ? [Object.assign({}, s.region, {projectCode: null})] : []).concat(s.projects);
    const label = l => l.projectCode ? projectLabel(l.projectCode) : '区域本部';
    const rate = r => r === null || r === undefined ? '无到期' : r + '%';
    const open = lines.filter(l => l.blue + l.yellow + l.red > 0);
    const red = lines.reduce((n, l) => n + l.red, 0);
    return this.panel('三色督办（' + s.month + '，红 ' + red + ' 项）', open.length ? this.chart(echarts, 60 + open.length * 30, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {data: ['蓝', '黄', '红']},
      grid: {left: 110, right: 20, top: 30, bottom: 20},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: open.map(label), axisLabel: {fontSize: 11, width: 100, overflow: 'truncate'}},
      series: [['蓝', 'blue', '#4e8fd9'], ['黄', 'yellow', '#f2c94c'], ['红', 'red', '#d94e4e']].map(([name, field, color]) =>
        ({name, type: 'bar', stack: 'open', color, label: {show: true, formatter: p => p.value || ''},
          data: open.map(l => l[field])}))
    }) : el('p', {class: 'ro-board-empty'}, '无临期或逾期事项'),
    // projects with nothing open and nothing due this month would only lengthen the table
    table(['项目', '蓝', '黄', '红', '签收及时率', '反馈及时率'], lines.filter(l => !l.projectCode
      || l.blue + l.yellow + l.red + l.acknowledgementsDue + l.answersDue > 0).map(l => [label(l), String(l.blue), String(l.yellow),
      el('span', {class: l.red > 0 ? 'ro-board-late' : ''}, String(l.red)),
      rate(l.acknowledgementRate) + '（' + l.acknowledgedOnTime + '/' + l.acknowledgementsDue + '）',
      rate(l.answerRate) + '（' + l.answeredOnTime + '/' + l.answersDue + '）'])));
  }

  /** 合同交楼余量: each project's approved contract handover date against its planned handover today. */
  handoverPanel(board) {
    const rows = board.handover ? board.handover.projects : [];
    const signed = rows.filter(r => r.contractHandoverDate);
    if (!signed.length) {
      return this.panel('合同交楼余量', el('p', {class: 'ro-board-empty'}, '尚无已批准的合同交楼时间'));
    }
    const red = signed.filter(r => r.colour === 'RED').length;
    const colour = {GREEN: '#3ba272', AMBER: '#e6a23c', RED: '#d9534f'};
    return this.panel('合同交楼余量（红 ' + red + ' 个）', table(['项目', '计划交楼', '合同交楼', '余量（天）', '缓冲（天）'],
      rows.map(r => [r.projectCode + ' ' + r.projectName, r.plannedHandoverDate || '—', r.contractHandoverDate || '未审核',
        r.marginDays == null ? '—' : el('span', {style: 'color:' + colour[r.colour] + ';font-weight:600'},
          String(r.marginDays) + '（' + r.colourName + '）'),
        r.bufferDays == null ? '—' : String(r.bufferDays)])));
  }

  /** 业绩规划: the approved plan year by year (保底, 控制, the group's figures) against the actuals of the years begun. */
  performancePanel(board, echarts) {
    const p = board.performance;
    if (!p) {
      return this.panel('三/五年业绩规划', el('p', {class: 'ro-board-empty'}, '尚无已批准的业绩规划'));
    }
    const metrics = [...new Map(p.years.map(y => [y.metric, y.label])).entries()];
    const holder = el('div');
    const draw = metric => {
      const rows = p.pastYears.concat(p.years).filter(y => y.metric === metric);
      const years = [...new Set(rows.map(r => r.year))].sort();
      const at = (year, field) => {
        const row = rows.find(r => r.year === year && r[field] != null);
        return row ? Number(row[field]) : null;
      };
      holder.replaceChildren(this.chart(echarts, 240, {
        tooltip: {trigger: 'axis'}, legend: {data: ['实际', '保底', '控制', '集团保底', '集团控制']},
        grid: {left: 70, right: 10, top: 30, bottom: 30},
        xAxis: {type: 'category', data: years.map(String)}, yAxis: {type: 'value', name: '万元'},
        series: [{name: '实际', type: 'bar', color: '#4e8fd9', data: years.map(y => at(y, 'actual'))},
          {name: '保底', type: 'line', color: '#f2994a', data: years.map(y => at(y, 'floor'))},
          {name: '控制', type: 'line', color: '#3ba272', data: years.map(y => at(y, 'control'))},
          {name: '集团保底', type: 'line', color: '#f2994a', lineStyle: {type: 'dashed'}, data: years.map(y => at(y, 'groupFloor'))},
          {name: '集团控制', type: 'line', color: '#3ba272', lineStyle: {type: 'dashed'}, data: years.map(y => at(y, 'groupControl'))}]
      }), table(['年度', '保底', '控制', '集团保底', '集团控制', '实际'], years.map(y => [String(y),
        ...['floor', 'control', 'groupFloor', 'groupControl', 'actual'].map(f => at(y, f) == null ? '—' : at(y, f).toFixed(0))])));
    };
    const select = el('select', {class: 'ro-board-metric', 'aria-label': '业绩规划指标', onchange: e => draw(e.target.value)},
      metrics.map(([value, label]) => el('option', {value}, label)));
    draw(metrics.length ? metrics[0][0] : 'SALES');
    return this.panel('三/五年业绩规划（' + p.title + '）', el('div', {class: 'ro-board-filters'}, select), holder);
  }

  /** 知识指标 of the year: published entries against each project's and function's target. */
  knowledgePanel(board, echarts) {
    const k = board.knowledge;
    const rows = k ? k.rows : [];
    if (!rows.length) {
      return this.panel('知识贡献（' + (k ? k.year : '') + '）', el('p', {class: 'ro-board-empty'}, '本年尚未设定知识指标'));
    }
    const label = r => r.ownerType === 'PROJECT' ? r.ownerCode + ' ' + r.ownerName : r.ownerName;
    const achieved = rows.filter(r => r.achieved).length;
    return this.panel('知识贡献（' + k.year + '，' + achieved + '/' + rows.length + ' 达标）', this.chart(echarts, 60 + rows.length * 26, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {data: ['目标', '已发布']},
      grid: {left: 120, right: 20, top: 30, bottom: 20},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: rows.map(label), axisLabel: {fontSize: 11, width: 110, overflow: 'truncate'}},
      series: [{name: '目标', type: 'bar', color: '#c5d3ea', data: rows.map(r => r.target == null ? 0 : r.target)},
        {name: '已发布', type: 'bar', color: '#4e8fd9', label: {show: true, position: 'right'}, data: rows.map(r => r.published)}]
    }), table(['项目 / 职能', '目标', '已发布', '达成率'], rows.map(r => [label(r),
      r.target == null ? '—' : String(r.target), String(r.published),
      el('span', {class: r.target != null && !r.achieved ? 'ro-board-late' : ''}, r.rateText)])));
  }

  /** Region totals per metric against plan, then every project × metric coloured by target-deviation-grade. */
  targetPanel(board, echarts, projectLabel) {
    if (!board.targets.length) {
      return this.panel('经营目标（' + (board.basisName || '考核口径') + '）', el('p', {class: 'ro-board-empty'},
        '本年尚无已批准的目标分解'));
    }
    const metrics = Object.keys(METRICS).filter(m => board.targets.some(t => t.metric === m));
    const sum = (m, field) => board.targets.filter(t => t.metric === m)
      .reduce((total, t) => total + Number(t[field] || 0), 0);
    const projects = [...new Set(board.targets.map(t => t.projectCode))];
    const cells = board.targets.filter(t => t.grade).map(t => ({
      value: [metrics.indexOf(t.metric), projects.indexOf(t.projectCode), GRADES.findIndex(g => g.key === t.grade)], t}));
    return this.panel('经营目标（年累计，万元，' + (board.basisName || '考核口径') + '）', this.chart(echarts, 220, {
      tooltip: {trigger: 'axis'}, legend: {data: ['计划', '实际']},
      grid: {left: 60, right: 10, top: 30, bottom: 30},
      xAxis: {type: 'category', data: metrics.map(m => METRICS[m])},
      yAxis: {type: 'value'},
      series: [{name: '计划', type: 'bar', data: metrics.map(m => Math.round(sum(m, 'ytdPlan'))), color: '#9db4d9'},
        {name: '实际', type: 'bar', data: metrics.map(m => Math.round(sum(m, 'ytdActual'))), color: '#4e8fd9'}]
    }), el('h4', null, '各项目达成率（按目标偏差等级着色）'), this.chart(echarts, 50 + projects.length * 32, {
      tooltip: {formatter: p => p.data.t.projectCode + ' ' + METRICS[p.data.t.metric] + '<br>计划 ' + p.data.t.ytdPlan
        + '，实际 ' + p.data.t.ytdActual + '，达成 ' + p.data.t.achievementPct + '%<br>' + (p.data.t.measure || '')},
      grid: {left: 110, right: 10, top: 10, bottom: 30},
      xAxis: {type: 'category', data: metrics.map(m => METRICS[m])},
      yAxis: {type: 'category', data: projects.map(projectLabel), inverse: true,
        axisLabel: {fontSize: 11, width: 100, overflow: 'truncate'}},
      visualMap: {type: 'piecewise', show: false, dimension: 2,
        pieces: GRADES.map((g, i) => ({value: i, label: g.label, color: g.color}))},
      series: [{type: 'heatmap', data: cells, label: {show: true, fontSize: 11,
        formatter: p => Math.round(p.data.t.achievementPct) + '%'}, itemStyle: {borderColor: '#fff', borderWidth: 1}}]
    }), el('div', {class: 'ro-board-legend'}, GRADES.map(g => el('span', null, el('i', {style: 'background:' + g.color}),
      g.label))));
  }

  kpiPanel(board, echarts) {
    const k = board.kpi;
    if (!k.period || !k.ranking.length) {
      return this.panel('考核', el('p', {class: 'ro-board-empty'}, '上月尚无考核结果'));
    }
    const bars = (ranking, height) => this.chart(echarts, height, {
      tooltip: {trigger: 'axis'}, legend: {data: ['计划达成率', '填报及时率', '反馈及时率', '计划管理行为']},
      grid: {left: 130, right: 10, top: 30, bottom: 20},
      xAxis: {type: 'value', max: 100},
      // a project with nothing due has no rate: said, rather than an empty bar
      yAxis: {type: 'category', data: ranking.map(r => r.rank + '. ' + r.projectCode + (r.rate === null ? '（无到期节点）' : '')),
        inverse: true},
      series: [{name: '计划达成率', type: 'bar', data: ranking.map(r => r.rate), color: '#4e8fd9'},
        {name: '填报及时率', type: 'bar', data: ranking.map(r => r.timelinessRate), color: '#3ba272'},
        {name: '反馈及时率', type: 'bar', data: ranking.map(r => r.feedbackRate), color: '#9b6ad6'},
        {name: '计划管理行为', type: 'bar', data: ranking.map(r => r.behaviorScore), color: '#f2994a'}]
    });
    return this.panel('考核（' + k.period + '）', bars(k.ranking, 60 + k.ranking.length * 40),
      k.annual && k.annual.length ? [el('h4', null, k.year + ' 年累计排名'), bars(k.annual, 60 + k.annual.length * 40)] : null);
  }
}

let current = null;

export const boardLink = {
  id: 'regionops-board-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render(node) {
    node.replaceChildren(el('a', {href: '#/board', class: 'ro-board-link'}, '运营看板'));
  }
};

export const boardRoute = {
  id: 'regionops-board',
  pluginPoint: 'tasklist.route',
  properties: {path: '/board'},
  render(node, {api}) {
    if (current) {
      current.destroy();
    }
    current = new Board(node, api);
    current.load(null).catch(e => node.replaceChildren(el('div', {class: 'ro-board-error'}, '加载失败：' + e.message)));
  },
  unmount() {
    if (current) {
      current.destroy();
      current = null;
    }
  }
};
