// RegionOps in Tasklist: what a person notices on the first screen (issue 18), and each task's
// 资料与附件 tab (documents.js, issue 19).
// - 创建任务 is shown only to people for whom it can work (plugin.css hides it until then).
// - Every inbox shows its count, not only the open one (Tasklist counts the open inbox alone).
// Reads go through Tasklist's own engine API and our plugin's resource with the person's session and
// CSRF token (PLATFORM-NOTES 19); the engine answers within the person's authorizations and regions.

import documentsTab from './documents.js';
import {boardLink, boardRoute} from './board.js';
import {knowledgeLink, knowledgeRoute} from './knowledge.js';

const COUNT_REFRESH_MS = 60000;
const MAY_CREATE_TASK = 'ro-may-create-task';

let engineApi = null;
let pluginApi = null;
let csrfToken = '';
let counts = new Map();
let countsAsked = 0;
let refreshTimer = null;
let observer = null;
let paintQueued = false;
let refreshQueued = null;

async function read(path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken}
  });
  if (!response.ok) {
    throw new Error(path + ' answered ' + response.status);
  }
  return response.json();
}

async function showCreateTaskIfAllowed() {
  document.body.classList.remove(MAY_CREATE_TASK);
  // the engine's setting and the person's grant together (RegionOpsTasklistPluginResource)
  const answer = await read(pluginApi + '/may-create-task');
  document.body.classList.toggle(MAY_CREATE_TASK, answer.mayCreateTask === true);
}

async function refreshCounts() {
  const asked = ++countsAsked;
  const filters = await read(engineApi + '/filter?resourceType=Task&itemCount=true');
  if (asked !== countsAsked) {
    return; // a later answer is on its way; an earlier one must not overwrite it
  }
  // Inbox names are unique (TasklistFilters creates them by name, and only camunda-admin makes filters).
  counts = new Map(filters.map(filter => [filter.name, filter.itemCount]));
  paint();
}

/** The inbox a link of Tasklist's filter list stands for: its own text, without the counters. */
function filterNameOf(link) {
  return Array.from(link.childNodes).filter(n => n.nodeType === Node.TEXT_NODE)
    .map(n => n.textContent).join('').trim();
}

function paint() {
  paintQueued = false;
  for (const link of document.querySelectorAll('h4.name > a')) {
    const count = counts.get(filterNameOf(link));
    let badge = link.querySelector('.ro-count');
    if (count === undefined) {
      if (badge) {
        badge.remove();
      }
      continue;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'ro-count';
      link.appendChild(badge);
    }
    if (badge.textContent !== String(count)) {
      badge.textContent = String(count);
    }
  }
}

function queuePaint() {
  if (!paintQueued) {
    paintQueued = true;
    requestAnimationFrame(paint);
  }
}

/**
 * Soon after Tasklist reloads its open inbox (its count or its list changed: a task was completed,
 * claimed or arrived), recount them all; the open inbox's count alone can stay the same while a
 * task moves from one inbox to another.
 */
function queueRefresh() {
  clearTimeout(refreshQueued);
  refreshQueued = setTimeout(() => refreshCounts().catch(() => {}), 500);
}

function watch() {
  observer = new MutationObserver(mutations => {
    let tasklistReloaded = false;
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
      if (target && target.closest && target.closest('.counter, .tasks-list')) {
        tasklistReloaded = true;
      }
    }
    if (tasklistReloaded) {
      queueRefresh();
    }
    queuePaint();
  });
  observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  refreshTimer = setInterval(() => refreshCounts().catch(() => {}), COUNT_REFRESH_MS);
}

function stop() {
  if (observer) {
    observer.disconnect();
    observer = null;
  }
  clearInterval(refreshTimer);
  clearTimeout(refreshQueued);
  document.body.classList.remove(MAY_CREATE_TASK);
}

const inboxes = {
  id: 'regionops-tasklist',
  pluginPoint: 'tasklist.navbar.action',
  priority: 0,
  // Rendered once a person is logged in, again after a new login: their rights and inboxes.
  render(node, {api}) {
    stop();
    engineApi = api.engineApi;
    pluginApi = api.tasklistApi + '/plugin/regionops/' + api.engine;
    csrfToken = api.CSRFToken;
    showCreateTaskIfAllowed().catch(() => {});
    refreshCounts().catch(() => {});
    watch();
  },
  unmount() {
    stop();
  }
};

export default [inboxes, documentsTab, boardLink, boardRoute, knowledgeLink, knowledgeRoute];
