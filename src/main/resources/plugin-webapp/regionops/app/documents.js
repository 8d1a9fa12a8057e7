// 资料与附件: a tab on every task (issue 19). For the tasks that take files (提交/审核上会资料, 落实/核验决议,
// 证照年审, 纠偏) it lists the files of the task's object, lets those who may act on the task upload, and opens
// them. Camunda Forms 1.8.7 has no file picker (PLATFORM-NOTES 13), hence a tab beside the form. A gate's
// materials and minutes tasks also show the gate's 上会资料模板 and the most relevant lessons of the 知识库 (issue 24).
// Calls our API with the person's Tasklist session and CSRF token (ApiAuthenticationFilter).

import {el} from './dom.js';

const KIND_NAMES = {
  MATERIAL: '上会资料', MINUTES: '会议纪要', DELIVERABLE: '阶段成果', CERTIFICATE_SCAN: '证照扫描件',
  EVIDENCE: '落实/整改证据', REPORT: '通报/报告', OTHER: '其他'
};
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.gif,.bmp,.tif,.tiff,.webp,.heic,.dwg,.dxf,.dwf,.zip';

function size(bytes) {
  if (bytes >= 1024 * 1024) {
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }
  return Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

function time(text) {
  return text ? text.replace('T', ' ').substring(0, 16) : '';
}

/** The problem+json detail a refusal carries: the rule in Chinese, never an engine message. */
async function refusal(response) {
  try {
    const problem = await response.json();
    return problem.detail || ('请求失败（' + response.status + '）');
  } catch (e) {
    return '请求失败（' + response.status + '）';
  }
}

class DocumentsPanel {

  constructor(node, api, taskId) {
    this.node = node;
    this.taskId = taskId;
    this.csrf = api.CSRFToken;
    // our API lives beside the webapps: /camunda/api/tasklist → /api/v1
    this.apiBase = api.tasklistApi.replace(/\/camunda\/api\/tasklist$/, '') + '/api/v1';
    this.message = null;
  }

  async load() {
    const [response, knowledge] = await Promise.all([
      fetch(this.apiBase + '/tasks/' + encodeURIComponent(this.taskId) + '/documents', {
        credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}
      }),
      this.loadKnowledge()]);
    this.knowledge = knowledge;
    if (response.status === 404) {
      this.draw(null);
      return;
    }
    if (!response.ok) {
      this.draw(null, await refusal(response));
      return;
    }
    this.draw(await response.json());
  }

  draw(files, error) {
    const body = el('div', {class: 'ro-documents'});
    if (!files) {
      const knowledge = this.knowledgeSections();
      body.append(el('p', {class: 'ro-documents-none'}, error || '本任务无需上传文件。'));
      body.append(...knowledge);
      this.node.replaceChildren(body);
      return;
    }
    this.files = files;
    body.append(el('p', {class: 'ro-documents-help'},
      files.mayUpload
        ? '可上传 PDF、Word、Excel、PowerPoint、图片、CAD 图纸（dwg/dxf）或 zip，单个文件不超过 ' + files.maxSizeMb
          + ' MB。同名文件再次上传即为新版本，旧版本保留可查。'
        : '以下为本任务相关文件，点击文件名打开。'));
    if (this.message) {
      body.append(el('div', {class: 'ro-documents-message ' + this.message.kind, role: 'status'}, this.message.text));
    }
    // templates first (what to prepare the files from), the gate's lessons after the files
    const [templates, lessons] = this.knowledgeSections();
    if (templates) {
      body.append(templates);
    }
    if (files.slots.length) {
      for (const slot of files.slots) {
        body.append(this.section(slot.name, slot.mandatory, slot.reference, slot.documents, slot.name));
      }
    } else {
      body.append(this.section(KIND_NAMES[files.kind] || '文件', false, null, files.documents, ''));
    }
    if (lessons) {
      body.append(lessons);
    }
    this.node.replaceChildren(body);
  }

  section(title, mandatory, reference, documents, slot) {
    const header = el('h4', {class: 'ro-documents-slot'}, title,
      mandatory ? el('span', {class: 'ro-documents-mandatory'}, '必备') : null,
      el('span', {class: 'ro-documents-count'}, documents.length + ' 个文件'));
    const list = el('ul', {class: 'ro-documents-list'});
    for (const doc of documents) {
      list.append(this.item(doc));
    }
    if (!documents.length) {
      list.append(el('li', {class: 'ro-documents-empty'}, reference ? '档案编号：' + reference : '尚未上传'));
    }
    const section = el('section', {class: 'ro-documents-section', 'data-slot': slot}, header, list);
    if (this.files.mayUpload) {
      section.append(this.uploader(slot, title));
    }
    return section;
  }

  item(doc) {
    const link = el('a', {href: this.apiBase + '/documents/' + doc.id + '/content', target: '_blank',
      rel: 'noopener', class: 'ro-documents-file'}, doc.fileName);
    const meta = el('span', {class: 'ro-documents-meta'},
      size(doc.size) + ' · ' + doc.uploadedBy + ' · ' + time(doc.uploadedAt) + (doc.version > 1 ? ' · 第 ' + doc.version + ' 版' : ''));
    const item = el('li', {}, link, ' ', meta);
    if (doc.versions.length > 1) {
      const older = el('span', {class: 'ro-documents-versions'}, '历史版本：');
      for (const v of doc.versions.slice(1)) {
        older.append(el('a', {href: this.apiBase + '/documents/' + v.id + '/content', target: '_blank', rel: 'noopener'},
          '第 ' + v.version + ' 版'), ' ');
      }
      item.append(' ', older);
    }
    if (this.files.mayUpload && doc.taskId === this.taskId) {
      item.append(' ', el('button', {type: 'button', class: 'btn btn-link btn-xs ro-documents-delete',
        onclick: () => this.remove(doc)}, '删除'));
    }
    return item;
  }

  /** The gate's 上会资料模板 and lessons (知识库), or nothing when the task is not a gate's or the library is silent. */
  async loadKnowledge() {
    try {
      const response = await fetch(this.apiBase + '/tasks/' + encodeURIComponent(this.taskId) + '/knowledge', {
        credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}
      });
      return response.ok ? await response.json() : null;
    } catch (e) {
      return null; // the files matter more than the library: the tab still shows them
    }
  }

  knowledgeSections() {
    const k = this.knowledge;
    if (!k) {
      return [];
    }
    const templates = el('ul', {class: 'ro-documents-list'});
    for (const t of k.templates) {
      const files = t.documents.map(doc => el('a', {href: this.apiBase + '/documents/' + doc.id + '/content',
        target: '_blank', rel: 'noopener', class: 'ro-knowledge-file'}, doc.fileName));
      templates.append(el('li', {}, el('strong', null, t.entry.title), ' ',
        files.length ? el('span', {}, ...files.flatMap((a, i) => i ? [' ', a] : [a])) : el('span', {class: 'ro-documents-meta'}, '（无附件）'),
        el('div', {class: 'ro-documents-meta'}, t.entry.snippet)));
    }
    if (!k.templates.length) {
      templates.append(el('li', {class: 'ro-documents-empty'}, '本节点会议暂无上会资料模板'));
    }
    const lessons = el('ul', {class: 'ro-documents-list ro-knowledge-lessons'});
    for (const lesson of k.lessons) {
      lessons.append(el('li', {}, el('details', {},
        el('summary', {}, '【' + lesson.kindName + '】' + lesson.title + (lesson.projectCode ? '（' + lesson.projectCode + '）' : '')),
        el('p', {class: 'ro-knowledge-body'}, lesson.snippet),
        el('p', {class: 'ro-documents-meta'}, lesson.tags.map(t => t.label).join('、')))));
    }
    if (!k.lessons.length) {
      lessons.append(el('li', {class: 'ro-documents-empty'}, '本节点会议暂无已发布的经验教训'));
    }
    return [
      el('section', {class: 'ro-documents-section ro-knowledge-templates'},
        el('h4', {class: 'ro-documents-slot'}, '上会资料模板（知识库）', el('span', {class: 'ro-documents-count'}, k.templates.length + ' 个')),
        templates),
      el('section', {class: 'ro-documents-section ro-knowledge'},
        el('h4', {class: 'ro-documents-slot'}, '相关经验教训（知识库）', el('span', {class: 'ro-documents-count'}, k.lessons.length + ' 条')),
        lessons)];
  }

  /**
   * One button that opens the file picker and uploads what is chosen. The native file input is
   * hidden: its caption is in the browser's own language, not the page's.
   */
  uploader(slot, title) {
    const input = el('input', {type: 'file', accept: ACCEPT, class: 'ro-documents-input', 'aria-label': '上传文件：' + title});
    const button = el('label', {class: 'btn btn-default btn-sm ro-documents-upload', role: 'button', tabindex: '0'},
      '上传文件…', input);
    button.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        input.click();
      }
    });
    input.addEventListener('change', () => this.upload(input, button, slot));
    return el('div', {class: 'ro-documents-uploader'}, button);
  }

  async upload(input, button, slot) {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    if (this.files.projectCode) {
      form.append('projectCode', this.files.projectCode); // a region's meeting has none: the task names the region
    }
    form.append('taskId', this.taskId);
    if (slot) {
      form.append('slot', slot);
    }
    button.classList.add('disabled');
    button.firstChild.textContent = '上传中…';
    try {
      const response = await fetch(this.apiBase + '/documents', {
        method: 'POST', credentials: 'same-origin', body: form,
        headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}
      });
      if (response.ok) {
        const doc = await response.json();
        this.message = {kind: 'ok', text: '已上传：' + doc.fileName + (doc.version > 1 ? '（第 ' + doc.version + ' 版）' : '')};
      } else {
        this.message = {kind: 'error', text: '上传失败：' + await refusal(response)};
      }
    } catch (e) {
      this.message = {kind: 'error', text: '上传失败：网络中断，请重试'};
    }
    await this.load();
  }

  async remove(doc) {
    if (!window.confirm('删除文件「' + doc.fileName + '」？')) {
      return;
    }
    const response = await fetch(this.apiBase + '/documents/' + doc.id, {
      method: 'DELETE', credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': this.csrf}
    });
    this.message = response.ok ? {kind: 'ok', text: '已删除：' + doc.fileName}
      : {kind: 'error', text: '删除失败：' + await refusal(response)};
    await this.load();
  }

}

export default {
  id: 'regionops-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 500,
  properties: {label: '资料与附件'},
  render(node, {api, taskId}) {
    new DocumentsPanel(node, api, taskId).load().catch(() => {
      node.replaceChildren(el('p', {class: 'ro-documents-none'}, '文件列表暂时无法读取，请刷新页面。'));
    });
  }
};
