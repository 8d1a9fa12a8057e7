// 知识库 (issue 24): a page in Tasklist (#/knowledge) to search the published library the person may read — words,
// kind, gate — and read an entry with its files and versions. Reads our API with the Tasklist session (as the board).

import {el} from './dom.js';

const KINDS = {LESSON: '经验教训', PRACTICE: '优秀做法指引', GUIDE: '工作指引', TEMPLATE: '上会资料模板', POLICY: '制度'};

function day(text) {
  return text ? text.substring(0, 10) : '';
}

class Library {

  constructor(node, api) {
    this.node = node;
    this.csrf = api.CSRFToken;
    this.apiBase = api.tasklistApi.replace(/\/camunda\/api\/tasklist$/, '') + '/api/v1';
  }

  async get(path) {
    const response = await fetch(this.apiBase + path, {credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}});
    if (!response.ok) {
      let detail = '请求失败（' + response.status + '）';
      try {
        detail = (await response.json()).detail || detail;
      } catch (e) {
        // not a problem+json answer
      }
      throw new Error(detail);
    }
    return response.json();
  }

  async open() {
    const tags = await this.get('/knowledge/tags');
    this.query = el('input', {type: 'search', class: 'form-control ro-knowledge-q', placeholder: '输入关键词，如：预售证 延误',
      'aria-label': '关键词', maxlength: '100', onkeydown: e => { if (e.key === 'Enter') this.search(); }});
    this.kind = el('select', {class: 'form-control ro-knowledge-kind', 'aria-label': '类型'},
      el('option', {value: ''}, '全部类型'), Object.entries(KINDS).map(([k, v]) => el('option', {value: k}, v)));
    this.gate = el('select', {class: 'form-control ro-knowledge-gate', 'aria-label': '节点会议'},
      el('option', {value: ''}, '全部节点会议'),
      tags.filter(t => t.dimension === 'GATE').map(t => el('option', {value: t.code}, t.label)));
    this.results = el('div', {class: 'ro-knowledge-results'});
    this.node.replaceChildren(el('div', {class: 'ro-knowledge-page'},
      el('h2', null, '知识库'),
      el('p', {class: 'ro-board-hint'}, '经验教训、优秀做法、工作指引、上会资料模板与制度：集团共享的条目与本区域的条目。'),
      el('div', {class: 'ro-knowledge-form'}, this.query, this.kind, this.gate,
        el('button', {type: 'button', class: 'btn btn-primary ro-knowledge-search', onclick: () => this.search()}, '检索')),
      this.results));
    await this.search();
  }

  async search() {
    const params = new URLSearchParams();
    if (this.query.value.trim()) {
      params.set('q', this.query.value.trim());
    }
    if (this.kind.value) {
      params.set('kind', this.kind.value);
    }
    if (this.gate.value) {
      params.set('gate', this.gate.value);
    }
    params.set('limit', '30');
    this.results.replaceChildren(el('p', {class: 'ro-board-loading'}, '正在检索…'));
    try {
      const hits = await this.get('/knowledge?' + params);
      const list = el('ol', {class: 'ro-knowledge-list'});
      for (const hit of hits) {
        list.append(this.item(hit));
      }
      this.results.replaceChildren(el('p', {class: 'ro-knowledge-count'}, params.has('q')
        ? '共 ' + hits.length + ' 条，按相关度排序' : '最新发布的 ' + hits.length + ' 条'),
      hits.length ? list : el('p', {class: 'ro-board-empty'}, '没有找到相关条目，请换个关键词。'));
    } catch (e) {
      this.results.replaceChildren(el('p', {class: 'ro-board-error'}, e.message));
    }
  }

  item(hit) {
    const detail = el('div', {class: 'ro-knowledge-detail'});
    const entry = el('details', {class: 'ro-knowledge-entry', ontoggle: () => {
      if (entry.open && !detail.childElementCount) {
        this.detail(hit.id, detail);
      }
    }},
    el('summary', null, el('span', {class: 'ro-knowledge-kind-label'}, hit.kindName), ' ', el('strong', null, hit.title),
      el('span', {class: 'ro-documents-meta'}, ' ' + (hit.scope === 'GROUP' ? '集团共享' : hit.regionCode)
        + (hit.projectCode ? ' · ' + hit.projectCode : '') + ' · ' + day(hit.publishedAt))),
    detail);
    // the excerpt shows while the entry is closed; opened, the whole text replaces it (plugin.css)
    return el('li', null, entry, el('p', {class: 'ro-knowledge-snippet'}, hit.snippet),
      el('p', {class: 'ro-documents-meta'}, hit.tags.map(t => t.label).join('、')));
  }

  async detail(id, node) {
    try {
      const entry = await this.get('/knowledge/' + id);
      const files = entry.documents.map(d => [el('a', {href: this.apiBase + '/documents/' + d.id + '/content',
        target: '_blank', rel: 'noopener', class: 'ro-knowledge-file'}, d.fileName), ' ']);
      node.replaceChildren(...[
        el('div', {class: 'ro-knowledge-body'}, entry.body),
        files.length ? el('p', null, '附件：', files) : null,
        el('p', {class: 'ro-documents-meta'}, '第 ' + entry.version + ' 版 · 作者 ' + entry.author
          + (entry.versions.length > 1 ? ' · 共 ' + entry.versions.length + ' 个版本' : ''))].filter(n => n));
    } catch (e) {
      node.replaceChildren(el('p', {class: 'ro-board-error'}, e.message));
    }
  }
}

export const knowledgeLink = {
  id: 'regionops-knowledge-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 9,
  render(node) {
    node.replaceChildren(el('a', {href: '#/knowledge', class: 'ro-knowledge-link'}, '知识库'));
  }
};

export const knowledgeRoute = {
  id: 'regionops-knowledge',
  pluginPoint: 'tasklist.route',
  properties: {path: '/knowledge'},
  render(node, {api}) {
    new Library(node, api).open().catch(e => node.replaceChildren(el('div', {class: 'ro-board-error'},
      '加载失败：' + e.message)));
  }
};
