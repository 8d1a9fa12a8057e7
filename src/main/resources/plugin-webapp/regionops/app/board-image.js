// 保存为图片: the board as one PNG for the 经营分析会 deck, drawn on a canvas in the browser — each panel's
// title, its charts as ECharts renders them (getDataURL), its tables as text — so nothing leaves the page and
// no screenshot library is needed. The figures are the ones on screen.

const WIDTH = 1200;
const PAD = 24;
const FONT = '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';
const MAX_ROWS = 20;

function image(url) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = url;
  });
}

/** The drawing steps of one panel, with the height each needs. */
async function panelSteps(panel) {
  const steps = [];
  const title = panel.querySelector('h3');
  if (title) {
    steps.push({height: 34, draw: (ctx, y) => {
      ctx.font = 'bold 18px ' + FONT;
      ctx.fillStyle = '#222';
      ctx.fillText(title.textContent, PAD, y + 22);
    }});
  }
  for (const part of panel.querySelectorAll('h4, .ro-board-chart, .ro-board-table, .ro-board-empty')) {
    if (part.tagName === 'H4') {
      steps.push({height: 26, draw: (ctx, y) => {
        ctx.font = 'bold 14px ' + FONT;
        ctx.fillStyle = '#444';
        ctx.fillText(part.textContent, PAD, y + 18);
      }});
    } else if (part.classList.contains('ro-board-chart') && part.chart) {
      const img = await image(part.chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'}));
      const scale = Math.min(1, (WIDTH - 2 * PAD) / (img.width / 2));
      const w = img.width / 2 * scale;
      const h = img.height / 2 * scale;
      steps.push({height: h + 8, draw: (ctx, y) => ctx.drawImage(img, PAD, y, w, h)});
    } else if (part.classList.contains('ro-board-table')) {
      const rows = [...part.querySelectorAll('tr')].map(tr => [...tr.children].map(td => td.textContent.trim()));
      const shown = rows.slice(0, MAX_ROWS + 1);
      const more = rows.length - shown.length;
      const columns = Math.max(...shown.map(r => r.length));
      const colWidth = (WIDTH - 2 * PAD) / columns;
      steps.push({height: shown.length * 20 + (more > 0 ? 20 : 0) + 8, draw: (ctx, y) => {
        shown.forEach((row, i) => {
          ctx.font = (i === 0 ? 'bold ' : '') + '13px ' + FONT;
          ctx.fillStyle = i === 0 ? '#333' : '#444';
          row.forEach((cell, c) => {
            const text = cell.length > 40 ? cell.substring(0, 39) + '…' : cell;
            ctx.fillText(text, PAD + c * colWidth, y + 15 + i * 20, colWidth - 6);
          });
        });
        if (more > 0) {
          ctx.fillStyle = '#888';
          ctx.fillText('另有 ' + more + ' 行，见系统', PAD, y + 15 + shown.length * 20);
        }
      }});
    } else if (part.classList.contains('ro-board-empty')) {
      steps.push({height: 24, draw: (ctx, y) => {
        ctx.font = '13px ' + FONT;
        ctx.fillStyle = '#888';
        ctx.fillText(part.textContent, PAD, y + 16);
      }});
    }
  }
  return steps;
}

/** Draws the board (its header text and panels) and starts the download of the PNG. */
export async function saveBoardImage(board, heading, fileName) {
  const panels = [];
  for (const panel of board.querySelectorAll('.ro-board-panel')) {
    panels.push(await panelSteps(panel));
  }
  const height = 70 + panels.reduce((sum, steps) => sum + steps.reduce((s, step) => s + step.height, 0) + 16, 0);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.font = 'bold 24px ' + FONT;
  ctx.fillStyle = '#111';
  ctx.fillText(heading, PAD, 40);
  let y = 60;
  for (const steps of panels) {
    ctx.strokeStyle = '#e3e3e3';
    ctx.beginPath();
    ctx.moveTo(PAD, y + 4);
    ctx.lineTo(WIDTH - PAD, y + 4);
    ctx.stroke();
    y += 8;
    for (const step of steps) {
      step.draw(ctx, y);
      y += step.height;
    }
    y += 8;
  }
  const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
