import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';
import { readHtmlLines } from './readHtml.ts';
import { tokenizeHtml } from './tokenize.ts';

const texts = (html: string) => readHtmlLines(html).map((line) => line.text);
const grid = (html: string) => readHtmlLines(html).map((line) => line.cells);

describe('decodeEntities', () => {
  it.each([
    ['&amp;lt;', '&lt;'],
    ['&lt;script&gt;', '<script>'],
    ['&ldquo;三安全一稳定&rdquo;', '“三安全一稳定”'],
    ['&#20108;&#x4E8C;', '二二'],
    ['a&nbsp;b', 'a\u00A0b'],
    ['&nbspb', '&nbspb'],
    ['&nbsp b', '\u00A0 b'],
    ['&#0;&#x110000;', '\uFFFD\uFFFD'],
    ['&unknown; & plain', '&unknown; & plain'],
  ])('decodes %j as %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('tokenizeHtml', () => {
  it('reads attributes quoted, unquoted or bare, and drops comments, scripts and styles', () => {
    expect(
      tokenizeHtml(
        '<!-- x --><TD ROWSPAN=3 colspan="2" hidden class=\'a b\'>1</td><script>if (a<b) x()</script><style>p{}</style>',
      ),
    ).toEqual([
      {
        type: 'start',
        name: 'td',
        attributes: { rowspan: '3', colspan: '2', hidden: '', class: 'a b' },
      },
      { type: 'text', text: '1' },
      { type: 'end', name: 'td' },
      { type: 'start', name: 'script', attributes: {} },
      { type: 'end', name: 'script' },
      { type: 'start', name: 'style', attributes: {} },
      { type: 'end', name: 'style' },
    ]);
  });

  it('keeps a stray < as text and survives markup cut off anywhere', () => {
    expect(tokenizeHtml('1 < 2')).toEqual([
      { type: 'text', text: '1 ' },
      { type: 'text', text: '<' },
      { type: 'text', text: ' 2' },
    ]);
    expect(tokenizeHtml('<p class="a')).toEqual([
      { type: 'start', name: 'p', attributes: { class: 'a' } },
    ]);
  });
});

describe('readHtmlLines', () => {
  it('gives one line per paragraph, heading or <br>, white space collapsed as a browser shows it', () => {
    expect(
      texts(
        '<h1>标题</h1><p>第一段\n   续写<br>换行后</p><div>甲<span> 乙 </span>丙</div><p>&nbsp;</p>',
      ),
    ).toEqual(['标题', '第一段 续写', '换行后', '甲 乙 丙']);
  });

  it('closes paragraphs and cells HTML lets authors leave open', () => {
    expect(texts('<p>一<p>二<ul><li>三<li>四</ul>')).toEqual(['一', '二', '三', '四']);
    expect(grid('<table><tr><td>a<td>b<tr><td>c<td>d</table>')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('spreads merged cells over the grid, text in the first position, empty in the rest', () => {
    expect(
      grid(
        '<table><tr><td colspan="3" rowspan="2">角</td><td>一</td></tr><tr><td>二</td></tr>' +
          '<tr><td rowspan="2">三、</td><td colspan="2">（一）</td><td>1</td></tr><tr><td>（二）</td><td></td><td>2</td></tr></table>',
      ),
    ).toEqual([
      ['角', '', '', '一'],
      ['', '', '', '二'],
      ['三、', '（一）', '', '1'],
      ['', '（二）', '', '2'],
    ]);
  });

  it('joins a cell’s own line breaks as a word broken in two: 商业<br>企业', () => {
    expect(
      grid(
        '<table><tr><td>商业<br>企业</td><td><p>22</p><p>（其中修订16件）</p></td></tr></table>',
      ),
    ).toEqual([['商业企业', '22（其中修订16件）']]);
  });

  it('reads a table that holds other tables, or whole paragraphs, as page layout', () => {
    const layout =
      '<table><tr><td><p>正文</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>';
    expect(readHtmlLines(layout)).toEqual([
      { line: 1, text: '正文', cells: ['正文'], isGrid: false },
      { line: 2, text: '规章\t0', cells: ['规章', '0'], isGrid: true },
    ]);
  });

  it('shows nothing of the head, scripts or hidden elements', () => {
    expect(
      texts(
        '<head><title>标题</title></head><body><p hidden>隐</p><p style="display: none">藏</p><p>见</p></body>',
      ),
    ).toEqual(['见']);
  });

  it('keeps a malformed span from building a huge grid', () => {
    const [row] = grid(
      '<table><tr><td colspan="100000" rowspan="100000">x</td><td>y</td></tr></table>',
    );
    expect(row?.length).toBeLessThanOrEqual(256);
  });
});
