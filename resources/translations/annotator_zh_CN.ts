<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdjudicationPanel</name>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Adjudication</source>
            <translation>裁定</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>&amp;Adjudication</source>
            <translation>裁定(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Coders:</source>
            <translation>编码员：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>names (empty: all)</source>
            <translation>姓名（留空：全部）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>names, separated by commas (empty: every annotator)</source>
            <translation>姓名，以逗号分隔（留空：全部标注者）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Gold layer:</source>
            <translation>金标准层：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Only disagreements</source>
            <translation>仅显示分歧</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Take all agreed</source>
            <translation>采纳全部一致标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Next disagreement (J)</source>
            <translation>下一处分歧 (J)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Agreement…</source>
            <translation>一致性…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Regions to decide</source>
            <translation>待裁定的区域</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Take {0}'s spans</source>
            <translation>采纳 {0} 的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Adjudication compares two or more coders: name them above, separated by commas.</source>
            <translation>裁定比较两名或以上编码员的标注：请在上方填写他们的名字，以逗号分隔。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Adjudication compares two or more coders: this project has spans of {0} only. Merge the coders' work into this one (Project › Coding team › Merge coders' work…) to decide between them.</source>
            <translation>裁定比较两名或以上编码员的标注：本标注工程只有 {0} 的标注。请先把各编码员的成果合并到本标注工程（“标注工程 › 团队协作 › 合并编码员的成果…”），再在其间裁定。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Adjudication compares two or more coders: no coder has accepted spans in this project yet.</source>
            <translation>裁定比较两名或以上编码员的标注：本标注工程中还没有任何编码员接受过标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Adjudication compares two or more coders: nobody has accepted spans in this project yet.</source>
            <translation>裁定比较两名或以上编码员的标注：本标注工程中还没有人接受过标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Only {0} coded this document ({1} did not): nothing to compare, no disagreement between coders. “Take {0}'s spans” copies theirs into the gold layer as they are; untick “Only disagreements” to decide them one by one.</source>
            <translation>本文档仅由 {0} 标注（{1} 未标注）：无可比较，编码者之间没有分歧。“采纳 {0} 的标注”将其标注原样复制到金标准层；取消勾选“仅显示分歧”可逐一裁定。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Only {0} coded this document ({1} did not): nothing to compare; the gold layer holds their spans.</source>
            <translation>本文档仅由 {0} 标注（{1} 未标注）：无可比较；金标准层已包含其标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>No disagreements left in this document: J goes to the next in a later document; untick “Only disagreements” to see every region.</source>
            <translation>本文档已无分歧：按 J 转到后面文档中的下一处分歧；取消勾选“仅显示分歧”可查看所有区域。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>1–9: take that coder's version · 0: none of them · Enter: edit the gold span · Ctrl+Z: undo</source>
            <translation>1–9：采纳该编码员的版本 · 0：都不采纳 · Enter：编辑金标准标注 · Ctrl+Z：撤销</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Gold layer</source>
            <translation>金标准层</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>{0} did not code this document: {1} takes nothing here (0 takes none of the versions)</source>
            <translation>{0} 未编码此文档：{1} 在此不采纳任何内容（0 为都不采纳）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Another program changed the spans of this region since the panel listed them: nothing taken; the panel shows them as stored now</source>
            <translation>另一程序在面板列出此区域后更改了其中的标注：未采纳任何内容；面板现显示其当前保存的样子</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Took none of the versions of “{0}”: rejected in layer {1}.</source>
            <translation>“{0}”的各版本均未采纳：已在层 {1} 中记为拒绝。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Took {0}'s version of “{1}” into layer {2}.</source>
            <translation>已将 {0} 对“{1}”的版本采纳到层 {2}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Took {0} agreed span(s) into layer {1}.</source>
            <translation>已将 {0} 个一致标注采纳到层 {1}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Only {0} coded this document: nothing agreed between coders here; “Take {0}'s spans” takes theirs as they are.</source>
            <translation>本文档仅由 {0} 标注：编码者之间没有一致标注；“采纳 {0} 的标注”可原样采纳其标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>{0} of the agreed regions the coders linked differently: the links most of them gave were taken (the first coder's on a tie); this panel lists spans, not links: check those.</source>
            <translation>其中 {0} 处一致区域的编码员给出了不同的关联：已采用多数编码员的关联（票数相同时取第一位编码员的）；本面板只列出标注、不列出关联，请检查这些区域。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>Took {0} span(s) of {1} into layer {2}.</source>
            <translation>已将 {1} 的 {0} 个标注采纳到层 {2}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>No gold span here to edit: take a coder's version (1–9) first, or label the text by hand in the article</source>
            <translation>此处没有可编辑的金标准标注：请先采纳某位编码员的版本（1–9），或在正文中手动标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>No open disagreement after this one</source>
            <translation>此后没有待裁定的分歧</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/adjudication_panel.py" />
            <source>No open disagreement after this one; {0} document(s) that one coder alone coded are still to take: {1}</source>
            <translation>此后没有待裁定的分歧；另有 {0} 篇文档仅由一名编码者标注，尚待采纳其标注：{1}</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Agreement</source>
            <translation>一致性</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Coders: {0}. κ and α count each character of the documents both coders coded (its label, or none). Same district / project: of the facts both marked, those linked alike (a fact left unlinked concerns the document's jurisdiction).</source>
            <translation>编码员：{0}。κ 与 α 以双方都编码过的文档中的每个字符为单位（其标签或无）。地区一致 / 项目一致：双方都标注的事实中关联相同者（未关联的事实视为属于文档的辖区）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Exact, Overlap: the spans matched, with the same start and end or sharing a character. Off jurisdiction, With project: of those facts, the ones at least one coder puts outside the document's jurisdiction or links to a project, same / compared.</source>
            <translation>精确、重叠：起止位置相同、或有共同字符而配对的标注数。辖区外、有项目：上述事实中至少一位编码员归入文档辖区以外或关联到项目的事实，一致数 / 比较数。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Not compared, no document coded by both: {0}</source>
            <translation>未比较（没有双方都编码过的文档）：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Not compared: documents one coder alone coded.</source>
            <translation>未比较：仅一位编码员编码过的文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>{0}'s {1}: its text differs from {2} ({3}), not compared</source>
            <translation>{0} 的 {1}：文本与 {2}（{3}）不同，未比较</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>{0} alone coded {1} document(s), not compared: {2}</source>
            <translation>仅 {0} 编码过 {1} 篇文档，未比较：{2}</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Coders</source>
            <translation>编码员</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Characters</source>
            <translation>字符数</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Spans</source>
            <translation>标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Exact F1</source>
            <translation>精确 F1</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Exact</source>
            <translation>精确</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Overlap</source>
            <translation>重叠</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Overlap F1</source>
            <translation>重叠 F1</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Same values</source>
            <translation>取值一致</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Same district</source>
            <translation>地区一致</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Same project</source>
            <translation>项目一致</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>Off jurisdiction</source>
            <translation>辖区外</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>With project</source>
            <translation>有项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>all coders</source>
            <translation>全部编码员</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/agreement_dialog.py" />
            <source>overall</source>
            <translation>总体</translation>
        </message>
    </context>
    <context>
        <name>AnnotationFilterBar</name>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Filter by text</source>
            <translation>按文本筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>All labels</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>All annotators</source>
            <translation>全部标注者</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Filter by label</source>
            <translation>按标签筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Filter by annotator</source>
            <translation>按标注者筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Filter by origin</source>
            <translation>按来源筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Annotator</source>
            <translation>标注者</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>Origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_filter.py" />
            <source>All origins</source>
            <translation>全部来源</translation>
        </message>
    </context>
    <context>
        <name>AnnotationForm</name>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Yuan</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Qualifier</source>
            <translation>限定词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Full name</source>
            <translation>全称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Division code</source>
            <translation>区划代码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Annotator</source>
            <translation>标注者</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Links</source>
            <translation>关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Accept (A)</source>
            <translation>接受 (A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Reject (X)</source>
            <translation>拒绝 (X)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Delete (Del)</source>
            <translation>删除 (Del)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>Enter or Space: link the span to one chosen from a list (Ctrl+L)</source>
            <translation>Enter 或空格：从列表中选择要关联的标注（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>{0}, and the model agrees</source>
            <translation>{0}，模型也如此建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form.py" />
            <source>{0} (confidence {1})</source>
            <translation>{0}（置信度 {1}）</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTableModel</name>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>End</source>
            <translation>终点</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/annotation_table.py" />
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
    </context>
    <context>
        <name>AnnotationView</name>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_view.py" />
            <location filename="../../annotator/gui/widgets/annotation_view.py" />
            <source>Spans of this document</source>
            <translation>本文档的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_view.py" />
            <source>No spans in this document yet: select text and press 1–4 to label it, or run suggestions (F5).</source>
            <translation>本文档还没有标注：选中文字后按 1–4 标注，或运行自动建议（F5）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/annotation_view.py" />
            <source>No span matches the filters above (rejected spans are shown only by View › Show rejected spans).</source>
            <translation>没有符合上方筛选条件的标注（已拒绝的标注只在勾选 视图 › 显示已拒绝的标注 时显示）。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../annotator/gui/app.py" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/app.py" />
            <source>Something went wrong: {0}</source>
            <translation>出现错误：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/app.py" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/app.py" />
            <location filename="../../annotator/gui/demo_open.py" />
            <source>Demo project</source>
            <translation>示例标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/app.py" />
            <source>{0}, the project open when annotator last closed, is not there: moved, renamed or deleted, or on a drive that is not connected. Project › Open project… (Ctrl+O) opens it where it is now.</source>
            <translation>{0} 是 annotator 上次关闭时打开的标注工程，现已不在该处：它被移动、重命名或删除了，或位于未连接的磁盘上。“标注工程 › 打开标注工程…”（Ctrl+O）可在它现在的位置打开它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/app.py" />
            <source>Last project not found</source>
            <translation>找不到上次的标注工程</translation>
        </message>
    </context>
    <context>
        <name>ArticleRoom</name>
        <message>
            <location filename="../../annotator/gui/widgets/article_room.py" />
            <source>{0} hidden to give the article room in this window; {1} shows it again</source>
            <translation>已隐藏{0}，为正文在此窗口中留出空间；按 {1} 可再次显示</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/article_room.py" />
            <source>{0} in a window of its own: no room for it beside the article</source>
            <translation>{0}显示在单独的窗口中：正文旁没有它的空间</translation>
        </message>
    </context>
    <context>
        <name>BackupWarning</name>
        <message>
            <location filename="../../annotator/gui/widgets/backup_warning.py" />
            <source>⚠ {0}</source>
            <translation>⚠ {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/backup_warning.py" />
            <source>Your edits are saved in the project, but no fresh backup could be made in {0}.</source>
            <translation>您的修改已保存在标注工程中，但无法在 {0} 中生成新的备份。</translation>
        </message>
    </context>
    <context>
        <name>Boundaries</name>
        <message>
            <location filename="../../annotator/gui/boundaries.py" />
            <source>A span does not run across the end of a sentence ({0}): select the text and press the label key for one that does</source>
            <translation>标注不能跨过句末（{0}）：如确需如此，请选中这段文字再按标签键</translation>
        </message>
    </context>
    <context>
        <name>CoreErrors</name>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <location filename="../../annotator/gui/core_error_words.py" />
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>the disk reported an error</source>
            <translation>磁盘报告了读写错误</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>the database cannot be written (read-only)</source>
            <translation>数据库无法写入（只读）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>the disk quota is exceeded</source>
            <translation>超出了磁盘配额</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>the file is too large</source>
            <translation>文件过大</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>the disk is read-only</source>
            <translation>磁盘为只读</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>permission denied</source>
            <translation>没有写入权限</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0} line {1}: {2}</source>
            <translation>{0} 第 {1} 行：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>extent</source>
            <translation>边界</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>annotator</source>
            <translation>标注者</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>jurisdiction</source>
            <translation>辖区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_error_words.py" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>automatic backup of {0} failed: {1}</source>
            <translation>{0} 的自动备份失败：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>the project database is damaged ({0}); it was not kept as a backup</source>
            <translation>标注工程数据库已损坏（{0}）；未保存为备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is not a usable backup ({1}); nothing was restored — choose another backup</source>
            <translation>{0}：不是可用的备份（{1}）；未恢复任何内容——请选择另一个备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is a damaged backup (it fails its integrity check: {1}); nothing was restored — choose another backup</source>
            <translation>{0}：备份已损坏（未通过完整性检查：{1}）；未恢复任何内容——请选择另一个备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is an SQLite database but not a backup of an annotator project</source>
            <translation>{0}：是 SQLite 数据库，但不是 annotator 标注工程的备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: was made by a newer annotator (schema {1}, this one knows {2}); it was not restored</source>
            <translation>{0}：由较新版本的 annotator 创建（结构版本 {1}，本版本只支持到 {2}）；未恢复</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: has no backups in {1}</source>
            <translation>{0}：{1} 中没有备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: no such backup file</source>
            <translation>{0}：没有这个备份文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the project is busy in another program ({1}) and stayed busy for {2} s; nothing was restored — close it and try again</source>
            <translation>{0}：标注工程正被另一个程序占用（{1}），{2} 秒内一直未释放；未恢复任何内容——请关闭该程序后重试</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the project folder is read-only; nothing was restored</source>
            <translation>{0}：标注工程文件夹是只读的；未恢复任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the database file is read-only; nothing was restored</source>
            <translation>{0}：数据库文件是只读的；未恢复任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: could not be written ({1}); nothing was restored</source>
            <translation>{0}：无法写入（{1}）；未恢复任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: could not be written ({1}); nothing was restored — the damaged database is back where it was</source>
            <translation>{0}：无法写入（{1}）；未恢复任何内容——损坏的数据库已放回原处</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is a project database (or one of its files); an export never replaces it — choose another file name; nothing was written</source>
            <translation>{0}：是标注工程数据库（或其文件之一）；导出绝不会覆盖它——请另选文件名；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: cannot write there ({1}); nothing was changed</source>
            <translation>{0}：无法在此写入（{1}）；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is a folder; choose a file name to write; nothing was written</source>
            <translation>{0}：是文件夹；请选择要写入的文件名；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the folder {1} does not exist; nothing was written</source>
            <translation>{0}：文件夹 {1} 不存在；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: could not be written ({1}); nothing was changed</source>
            <translation>{0}：无法写入（{1}）；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>the {0} sheet would hold more than {1} rows, Excel's limit; export fewer documents or labels (tick them in Project › Export…), or export a CSV table or the facts table, which has no such limit</source>
            <translation>工作表 {0} 将超过 {1} 行（Excel 的上限）；请导出较少的文档或标签（在“标注工程 › 导出…”中勾选），或导出 CSV 表格或事实表，它们没有此限制</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>no label {0} in {1} (its labels: {2})</source>
            <translation>{1} 中没有标签 {0}（其标签：{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>no label {0} in {1} (its labels: {2}); did you mean {3}?</source>
            <translation>{1} 中没有标签 {0}（其标签：{2}）；是否指 {3}？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: a package is a .zip file</source>
            <translation>{0}：标注包应是 .zip 文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: no documents to hand out</source>
            <translation>{0}：没有可分发的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: not an annotator package (it should hold one folder with {1}; found {2})</source>
            <translation>{0}：不是 annotator 标注包（应含一个带有 {1} 的文件夹；找到 {2} 个）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: not a readable zip file ({1}); it may have been cut off while copied or sent: ask for it again</source>
            <translation>{0}：不是可读的 zip 文件（{1}）；可能在复制或发送时被截断了：请对方重新发送</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: its project needs {1} bytes, {2} has {3} free</source>
            <translation>{0}：其中的标注工程需要 {1} 字节，{2} 只剩 {3} 字节</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is a project folder, not a package; a package is the .zip file '{1}' makes; this project opens as it is ({2})</source>
            <translation>{0}：是标注工程文件夹，不是标注包；标注包是 '{1}' 生成的 .zip 文件；这个标注工程可以直接打开（{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is a folder, not a package; a package is the .zip file '{1}' makes</source>
            <translation>{0}：是文件夹，不是标注包；标注包是 '{1}' 生成的 .zip 文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: no such package file</source>
            <translation>{0}：没有这个标注包文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: exists and is not an empty folder; name a new folder for the project</source>
            <translation>{0}：已存在且不是空文件夹；请为标注工程指定一个新文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: no such project folder or package</source>
            <translation>{0}：没有这个标注工程文件夹或标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: is the project being merged into</source>
            <translation>{0}：正是要合并进去的标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>not a coder of {0}: {1} (its coders: {2}); nothing was changed</source>
            <translation>{1} 不是 {0} 的编码员（其编码员：{2}）；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>not a coder of {0}: {1} (it has none); nothing was changed</source>
            <translation>{1} 不是 {0} 的编码员（该工程没有编码员）；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>a coder needs a name: the annotator name of their spans (li)</source>
            <translation>编码员需要姓名：即其标注所用的标注者姓名（如 li）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>there is no backup of it</source>
            <translation>它没有备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>ask for the project again</source>
            <translation>请向对方重新索取该标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>Project › Restore from a backup… brings back a backup — the file was left untouched</source>
            <translation>“标注工程 › 从备份恢复…”可恢复备份——文件未作改动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>the newest backup is {0}; Project › Restore from a backup… brings it back</source>
            <translation>最新的备份是 {0}；“标注工程 › 从备份恢复…”可将其恢复</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0} bytes</source>
            <translation>{0} 字节</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>pages of {0} bytes</source>
            <translation>{0} 字节的整数倍</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>metadata year takes a year in digits from {0} to {1}, not {2}</source>
            <translation>元数据 year（年份）须是 {0} 到 {1} 之间的数字年份，而不是 {2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>a metadata field needs a key before '=', not '={0}'</source>
            <translation>元数据字段在 '=' 前需要一个键，而不是 '={0}'</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: row {1}: no document named; nothing was stored</source>
            <translation>{0}：第 {1} 行：没有写文档名；未存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: row {1}: the project holds no document {2} (the document list shows their names); nothing was stored</source>
            <translation>{0}：第 {1} 行：标注工程中没有文档 {2}（文档列表列出了各文档的名称）；未保存任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: row {1}: {2} is named in row {3} too; nothing was stored</source>
            <translation>{0}：第 {1} 行：{2} 在第 {3} 行也出现了；未存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: row {1}: {2}; nothing was stored</source>
            <translation>{0}：第 {1} 行：{2}；未存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}：无法读取（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: {1} bytes is not a table of metadata (at most {2})</source>
            <translation>{0}：{1} 字节，不像元数据表（最多 {2} 字节）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the table is empty</source>
            <translation>{0}：表格是空的</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: no column names the documents: the first row needs one headed {1} beside the metadata keys</source>
            <translation>{0}：没有一列写明文档：第一行除元数据键外，还需要一列的表头为 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: not a CSV table ({1})</source>
            <translation>{0}：不是 CSV 表格（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: not an Excel workbook that can be read ({1})</source>
            <translation>{0}：不是可以读取的 Excel 工作簿（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the project in this package cannot be opened: {1}</source>
            <translation>{0}：无法打开此标注包中的标注工程：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors.py" />
            <source>{0}: the project cannot be opened: {1}</source>
            <translation>{0}：无法打开该标注工程：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>links must be a list</source>
            <translation>字段 links 必须是列表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>relations must be a list</source>
            <translation>字段 relations 必须是列表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>a link needs a kind ({0} or {1}): {2}</source>
            <translation>每条关联都需要 kind（{0} 或 {1}）：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>a link names its span by whole-number offsets and a label, not {0}</source>
            <translation>关联须以整数位置和标签指明其标注，而不是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>district must be {{"name", "code"}}, not {0}</source>
            <translation>字段 district 必须是 {{"name", "code"}}，而不是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>project must be [start, end] or null, not {0}</source>
            <translation>字段 project 必须是 [start, end] 或 null，而不是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>relation {0}: its type must be a link kind ({1}, {2})</source>
            <translation>关系 {0}：其 type 必须是关联类型（{1}、{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>relation {0} joins an entity id the line does not have</source>
            <translation>关系 {0} 连接的实体 id 不在这一行中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>district_links entry {0} is not [start, end, LABEL, district]</source>
            <translation>district_links 中的条目 {0} 不是 [start, end, LABEL, district]</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>label entry {0} is not [start, end, LABEL]</source>
            <translation>label 中的条目 {0} 不是 [start, end, LABEL]</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>offsets {0}-{1} are outside the text or swapped</source>
            <translation>位置 {0}-{1} 超出文本范围或前后颠倒</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>a span it links is still a suggestion: import the gold spans first, then their links (an accepted link joins accepted spans)</source>
            <translation>它所关联的标注仍是建议：请先导入金标准标注，再导入其关联（已接受的关联只连接已接受的标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>annotator cannot be changed in a workbook ({0} -&gt; {1}); each coder's spans are a layer of their own</source>
            <translation>annotator 不能在工作簿中更改（{0} -&gt; {1}）；每位编码员的标注自成一层</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} cannot be changed in a workbook ({1} -&gt; {2}); move or retype spans in the application</source>
            <translation>{0} 不能在工作簿中更改（{1} -&gt; {2}）；请在程序中移动或重新标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} holds the formula {1} with no computed value (the workbook was written by a program that does not compute formulas); open and save it in Excel or LibreOffice, or type the value</source>
            <translation>{0} 中是公式 {1}，没有计算出的值（写入该工作簿的程序不计算公式）；请在 Excel 或 LibreOffice 中打开并保存，或直接输入数值</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>the annotation was changed in the project after this export (at {0} UTC); export again and redo this row</source>
            <translation>导出之后该标注已在标注工程中被修改（{0} UTC）；请重新导出，再改这一行</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>the document is empty</source>
            <translation>字段 document 为空</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>start_offset and end_offset are needed to find the span in its document</source>
            <translation>需要 start_offset 和 end_offset 才能在文档中找到该标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>text {0} stands {1} times in its document (at {2}); give its start_offset and end_offset</source>
            <translation>文本 {0} 在其文档中出现了 {1} 次（位置 {2}）；请填写其 start_offset 和 end_offset</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>text {0} is not in its document; give its start_offset and end_offset</source>
            <translation>文本 {0} 不在其文档中；请填写其 start_offset 和 end_offset</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} must be a whole number of yuan: 5510000000 or 55.1亿元, not {1}</source>
            <translation>字段 {0} 必须是以元计的整数金额：5510000000 或 55.1亿元，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} must be a number: 80, 6.5, 1,200 or 80万, not {1}</source>
            <translation>字段 {0} 必须是数字：80、6.5、1,200 或 80万，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} must be a division code of 6, 9 or 12 digits: 350211 or 350211001, not {1}</source>
            <translation>字段 {0} 必须是 6、9 或 12 位的区划代码：350211 或 350211001，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} must be a number (commas grouping digits by three), not {1}</source>
            <translation>字段 {0} 必须是数字（逗号须每三位分隔），而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} must be a number of 亿元 (5.51) or a sum with its unit (5.51亿元), not {1}</source>
            <translation>字段 {0} 必须是以亿元计的数（5.51）或带单位的金额（5.51亿元），而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} {1} and unit {2} both carry 万 or 亿; type the quantity as the unit counts it (3 for 3万亩)</source>
            <translation>{0} {1} 与单位 {2} 都带有万或亿；请按单位所计填写数量（3万亩填 3）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} {1} carries the unit {2}, but {3} says {4}; type the number alone in {5}, or the same unit in both</source>
            <translation>{0} {1} 带有单位 {2}，但 {3} 为 {4}；请在 {5} 中只填数字，或让两处的单位一致</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} {1} is negative, but the span's text {2} writes no minus: reports write a decrease (下降5亿元, 减少5亿元) as a positive figure, and an amount's value is the sum as written; type it without the minus</source>
            <translation>{0} {1} 为负数，但标注的文本 {2} 中没有负号：报告把减少写成正数（下降5亿元、减少5亿元），金额的值就是所写的数额；请去掉负号</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>district name {0} and district code {1} ({2}) name two places; type the code that goes with the name, or empty one of the two</source>
            <translation>地区名称 {0} 与地区代码 {1}（{2}）指向两个地方；请填写与名称相符的代码，或清空其中之一</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>offsets {0}-{1} are swapped or negative</source>
            <translation>位置 {0}-{1} 前后颠倒或为负数</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>{0} {1} and {2} {3} disagree; change one of them</source>
            <translation>{0} {1} 与 {2} {3} 不一致；请只改其中一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>cannot read ({0})</source>
            <translation>无法读取（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>no such file</source>
            <translation>没有这个文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a zip archive (a workbook or document), not JSON Lines; annotations are imported from .jsonl files or from a workbook exported as .xlsx</source>
            <translation>是 zip 压缩包（工作簿或文档），不是 JSON Lines；标注从 .jsonl 文件或导出的 .xlsx 工作簿导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>a {0} export is not read back; annotations are imported from {1} or {2} files (export them as one of those)</source>
            <translation>{0} 导出文件不能读回；标注从 {1} 或 {2} 文件导入（请导出为其中一种）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>a {0} file is a document, not annotations: documents are imported with Project › Import files…, annotations from {1} or {2} files</source>
            <translation>{0} 文件是文档，不是标注：文档用“标注工程 › 导入文件…”导入，标注从 {1} 或 {2} 文件导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is not a valid .xlsx workbook (not a zip archive)</source>
            <translation>不是有效的 .xlsx 工作簿（不是 zip 压缩包）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a password-protected workbook, or an old .xls named .xlsx; open it in Excel or WPS, save it as .xlsx without a password and import that</source>
            <translation>是设有密码的工作簿，或改名为 .xlsx 的旧版 .xls 文件；请用 Excel 或 WPS 打开，另存为不设密码的 .xlsx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a damaged .xlsx workbook: its zip archive is cut off or corrupt; open it in Excel or WPS (they can often repair it), save it again and import that</source>
            <translation>是损坏的 .xlsx 工作簿：其 zip 压缩包不完整或已损坏；请用 Excel 或 WPS 打开（它们常能修复），重新保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a damaged .xlsx workbook: its part {0} cannot be read ({1}); open it in Excel or WPS (they can often repair it), save it again and import that</source>
            <translation>是损坏的 .xlsx 工作簿：无法读取其中的 {0}（{1}）；请用 Excel 或 WPS 打开（它们常能修复），重新保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is not a valid .xlsx workbook ({0})</source>
            <translation>不是有效的 .xlsx 工作簿（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a zip archive but not an .xlsx workbook (it is a Word document); choose the workbook annotator exported</source>
            <translation>是 zip 压缩包，但不是 .xlsx 工作簿（它是 Word 文档）；请选择 annotator 导出的工作簿</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a zip archive but not an .xlsx workbook; choose the workbook annotator exported</source>
            <translation>是 zip 压缩包，但不是 .xlsx 工作簿；请选择 annotator 导出的工作簿</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a zip archive this program cannot open ({0})</source>
            <translation>是本程序无法打开的 zip 压缩包（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a damaged zip archive ({0})</source>
            <translation>是损坏的 zip 压缩包（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>unpacks to {0} (over {1}); refused as a possible zip bomb</source>
            <translation>解压后为 {0}（超过 {1}）；疑为 zip 炸弹，已拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>its part {0} unpacks to {1} (over {2}); refused as a possible zip bomb</source>
            <translation>其中的 {0} 解压后为 {1}（超过 {2}）；疑为 zip 炸弹，已拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>holds over {0} shared strings; refused as a possible zip bomb (an exported workbook needs far fewer)</source>
            <translation>含有超过 {0} 个共享字符串；疑为 zip 炸弹，已拒绝（导出的工作簿远用不了这么多）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>is a folder; name the annotation files in it ({0} or {1})</source>
            <translation>是文件夹；请选择其中的标注文件（{0} 或 {1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>has no '{0}' sheet (is it a workbook exported by annotator?)</source>
            <translation>没有 '{0}' 工作表（是 annotator 导出的工作簿吗？）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>the {0} sheet is empty</source>
            <translation>{0} 工作表为空</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_annotations.py" />
            <source>the {0} sheet has neither an 'id' column nor document, label and offsets, so its rows cannot be matched to spans</source>
            <translation>{0} 工作表既没有 'id' 列，也没有 document、label 和位置列，因此各行无法对应到标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} {1}: its {2} was changed meanwhile in another window or program to {3}, so undo or redo would overwrite it; nothing was written</source>
            <translation>{0} {1}：其{2}已在另一个窗口或程序中改为 {3}，撤销或重做会覆盖这一更改；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} — of the link suggestions; the span suggestions are stored: run the suggestions again to suggest their links</source>
            <translation>{0}——写入的是关联建议；片段的建议已保存：再运行一次建议即可建议它们的关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0}: the disk holding the project is full ({1} free); nothing was saved</source>
            <translation>{0}：标注工程所在的磁盘已满（剩余 {1}）；未保存任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0}: could not write ({1}); nothing was saved</source>
            <translation>{0}：无法写入（{1}）；未保存任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0}: the project is no longer there (its folder was moved, renamed or deleted while it was open); nothing was saved — open the project where it is now</source>
            <translation>{0}：标注工程已不在此处（打开期间其文件夹被移动、重命名或删除）；未保存任何内容——请到它现在的位置打开它</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0}: the project is busy in another program ({1}) and stayed busy for {2} s; nothing was saved — try again</source>
            <translation>{0}：标注工程正被另一个程序占用（{1}），{2} 秒内一直未释放；未保存任何内容——请重试</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}); one annotator's spans of one label may not overlap</source>
            <translation>{0} {1}（{2}-{3}）与{4} {5}（{6}-{7}）重叠；同一标注者同一标签的标注不能重叠</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} {1}: its note was changed meanwhile in another window or program to {2}, so yours, {3}, was not saved — look at the stored one and type yours again if it should replace it</source>
            <translation>{0} {1}：其备注已在另一个窗口或程序中改为 {2}，因此您的 {3} 未保存——请查看已保存的内容，如仍要替换，请重新输入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the {0} link of {1} {2}: its {3} was changed meanwhile in another window or program to {4}, so undo or redo would overwrite it; nothing was written</source>
            <translation>{1} {2} 的{0}关联：其{3}已在另一个窗口或程序中改为 {4}，撤销或重做会覆盖这一更改；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the document {0}: its {1} was changed meanwhile in another window or program to {2}, so yours, {3}, was not saved — look at the stored one and type yours again if it should replace it</source>
            <translation>文档 {0}：其{1}已在另一个窗口或程序中改为 {2}，因此您的 {3} 未保存——请查看已保存的内容，如仍要替换，请重新输入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the document was removed meanwhile in another window or program</source>
            <translation>该文档已在另一个窗口或程序中被移除</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the document {0} was changed meanwhile in another window or program; it was not replaced</source>
            <translation>文档 {0} 已在另一个窗口或程序中被更改；未替换</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the document {0}: its {1} was changed meanwhile in another window or program to {2}, so undo or redo would overwrite it; nothing was written</source>
            <translation>文档 {0}：其{1}已在另一个窗口或程序中改为 {2}，撤销或重做会覆盖这一更改；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>cannot rename {0} to {1}: another document of the project (titled {2}) is named so already; choose another name</source>
            <translation>无法将 {0} 重命名为 {1}：工程中另一个文档（标题 {2}）已使用此名称；请换一个名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>cannot rename {0} to {1}: another document of the project is named so already; choose another name</source>
            <translation>无法将 {0} 重命名为 {1}：工程中另一个文档已使用此名称；请换一个名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>a document's name cannot be empty; nothing was renamed</source>
            <translation>文档名称不能为空；未重命名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0}: a document's name cannot hold a control character ({1}: a line break, a tab); nothing was renamed</source>
            <translation>{0}：文档名称不能包含控制字符（{1}：换行符、制表符）；未重命名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} {1}: its value's {2} was changed meanwhile in another window or program to {3}, so yours, {4}, was not saved — look at the stored one and type yours again if it should replace it</source>
            <translation>{0} {1}：其值的 {2} 已在另一个窗口或程序中改为 {3}，因此您的 {4} 未保存——请查看已保存的内容，如仍要替换，请重新输入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>offsets {0}-{1} are outside the text (0-{2}) or empty</source>
            <translation>位置 {0}-{1} 超出文本范围（0-{2}）或为空</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>no span text given for {0}-{1}; the document has {2} there (the text is asked for, to check the offsets)</source>
            <translation>未给出 {0}-{1} 处标注的文本；文档在该处为 {2}（需要文本以核对位置）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>span text {0} does not match the document at {1}-{2} ({3})</source>
            <translation>标注文本 {0} 与文档 {1}-{2} 处的内容（{3}）不一致</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>value must be a JSON object, not {0}</source>
            <translation>值必须是 JSON 对象，不能是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>value cannot be stored as JSON ({0})</source>
            <translation>值无法存为 JSON（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} must be a string, not {1} {2}</source>
            <translation>{0} 必须是字符串，不能是 {1} {2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} holds a lone surrogate {1} at position {2} (broken UTF-16), which cannot be stored</source>
            <translation>{0} 在位置 {2} 含有孤立的代理字符 {1}（UTF-16 已损坏），无法保存</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>confidence must be a number, not {0}</source>
            <translation>置信度必须是数字，不能是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>unknown status {0} (one of {1})</source>
            <translation>未知的状态 {0}（应为 {1} 之一）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>a label needs a name</source>
            <translation>标签需要名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>label {0} exists already</source>
            <translation>标签 {0} 已存在</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>labels {0} and {1} would both read {2} in the Chinese window: choose another name; nothing was changed</source>
            <translation>标签 {0} 与 {1} 在中文界面中都会显示为“{2}”：请另选名称；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>shortcut {0} is taken by {1} in {2}: choose another or clear {3}'s first</source>
            <translation>快捷键 {0} 已被 {2} 中的标签 {1} 占用：请另选一个，或先清除{3}的快捷键</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>label {0} was kept: {1} span(s) in {2} use it, {3} of them rejected (shown by View › Show rejected spans); relabel or delete those spans first, or rename the label instead</source>
            <translation>已保留标签 {0}：{2} 中有 {1} 条标注使用它，其中 {3} 条已拒绝（“视图 › 显示已拒绝的标注”可显示它们）；请先改标或删除这些标注，或改为重命名该标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>label {0} was kept: {1} span(s) in {2} use it, {3} of them rejected (shown by View › Show rejected spans); relabel or delete those spans first</source>
            <translation>已保留标签 {0}：{2} 中有 {1} 条标注使用它，其中 {3} 条已拒绝（“视图 › 显示已拒绝的标注”可显示它们）；请先改标或删除这些标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans first, or rename the label instead</source>
            <translation>已保留标签 {0}：{2} 中有 {1} 条标注使用它；请先改标或删除这些标注，或改为重命名该标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans first</source>
            <translation>已保留标签 {0}：{2} 中有 {1} 条标注使用它；请先改标或删除这些标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>label {0} is no longer in the project</source>
            <translation>标签 {0} 已不在标注工程中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>{0} is one of the schema's labels: its values, links and suggestions go by that name, so it keeps it — its colour, key and description can be changed, and the window shows it in your language; nothing was changed</source>
            <translation>{0} 是方案规定的标签：其值、关联和建议都按这个名称对应，所以名称保持不变——可以更改其颜色、快捷键和说明，窗口会以界面语言显示它；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the guide of {0} has {1} characters; at most {2} are kept</source>
            <translation>{0} 的标注指南有 {1} 个字符；最多只能保存 {2} 个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the guide of {0} was changed in the meantime (in another window or program): Cancel shows it, then Edit again</source>
            <translation>{0} 的标注指南已在此期间被修改（在另一个窗口或程序中）：按“取消”查看，再重新编辑</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_editing.py" />
            <source>the layer {0} in {1} holds spans not written by adjudication (a coder's, or imported under that name), which a decision would replace; name another gold layer (default {2})</source>
            <translation>{1} 中的层 {0} 含有并非由裁定写入的标注（某位编码员的，或以该名称导入的），裁定会替换它们；请另取一个金标准层名称（默认 {2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>a task must be a JSON object</source>
            <translation>每个任务都必须是一个 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>the task has no text (its "data" needs "text", the Text tag's value="$text")</source>
            <translation>该任务没有文本（其 "data" 中需要 "text"，即 Text 标签的 value="$text"）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>annotations must be a list</source>
            <translation>字段 annotations 必须是列表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>annotation {0} is not {{"result": […]}}</source>
            <translation>annotations 中的条目 {0} 不是 {{"result": […]}}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>predictions must be a list</source>
            <translation>字段 predictions 必须是列表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>prediction {0} is not {{"result": […]}}</source>
            <translation>predictions 中的第 {0} 项不是 {{"result": […]}}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>region {0}: offsets {1}-{2} are outside the text ({3} characters) or swapped</source>
            <translation>区域 {0}：位置 {1}-{2} 超出文本范围（共 {3} 个字符）或前后颠倒</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>region {0}: the text at {1}-{2} is {3}, not its {4} (its offsets count UTF-16 units, as an old Label Studio's did: export the task again)</source>
            <translation>区域 {0}：位置 {1}-{2} 处的文本是 {3}，而不是它所写的 {4}（其位置按 UTF-16 单元计数，旧版 Label Studio 就是这样计数的：请重新导出该任务）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>region {0}: the text at {1}-{2} is {3}, not its {4}</source>
            <translation>区域 {0}：位置 {1}-{2} 处的文本是 {3}，而不是它所写的 {4}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>region {0}: labels must be a list of label names, not {1}</source>
            <translation>区域 {0}：字段 labels 必须是标签名的列表，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>relation {0}→{1} joins a region its annotation does not have (or one refused)</source>
            <translation>关系 {0}→{1} 连接的区域不在同一份标注结果中（或该区域已被拒绝）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>relation {0}→{1} ({2} to {3}) is no link: a district link goes from a PROJECT, AMOUNT or TARGET to a DISTRICT, a project link from an AMOUNT or TARGET to a PROJECT</source>
            <translation>关系 {0}→{1}（{2} 到 {3}）不能成为关联：地区关联从项目、金额或目标指向地区，项目关联从金额或目标指向项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>the project's document {0} holds another text: the task's offsets are not its (import the task's text as a document of another name, or rename it)</source>
            <translation>标注工程中的文档 {0} 是另一段文本：该任务的位置与它不符（请以另一个名称把该任务的文本导入为文档，或给该任务改名）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>line {0}: {1}; nothing was stored from it</source>
            <translation>第 {0} 行：{1}；未从中存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>not valid JSON ({0} at line {1} column {2}); it holds JSON lines: name it .jsonl; a Label Studio export is a JSON array of tasks, {3}; nothing was stored from it</source>
            <translation>不是有效的 JSON（第 {1} 行第 {2} 列有误）；文件中是 JSON Lines，请把扩展名改为 .jsonl；Label Studio 导出的是由任务组成的 JSON 数组：{3}；未从中存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>not valid JSON ({0} at line {1} column {2}); a Label Studio export is a JSON array of tasks, {3}; nothing was stored from it</source>
            <translation>不是有效的 JSON（第 {1} 行第 {2} 列有误）；Label Studio 导出的是由任务组成的 JSON 数组：{3}；未从中存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>not valid JSON here (nested too deeply, or a number too long); nothing was stored from it</source>
            <translation>此处不是有效的 JSON（嵌套过深，或数字过长）；未从中存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_label_studio.py" />
            <source>holds no Label Studio tasks (its export is a JSON array of tasks, {0}); nothing was stored from it</source>
            <translation>其中没有 Label Studio 任务（Label Studio 导出的是由任务组成的 JSON 数组：{0}）；未从中存入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: a project already exists here</source>
            <translation>{0}：此处已有标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is a file, not a folder</source>
            <translation>{0}：是文件，不是文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: cannot create the project folder ({1})</source>
            <translation>{0}：无法创建标注工程文件夹（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: no such project folder</source>
            <translation>{0}：没有这个标注工程文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is a file, not a project folder</source>
            <translation>{0}：是文件，不是标注工程文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: not an annotator project (no {1}); Project › New project… (Ctrl+N) makes one</source>
            <translation>{0}：不是 annotator 标注工程（没有 {1}）；标注工程 › 新建标注工程…（Ctrl+N）可新建一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the project folder is read-only; annotator needs to write its database and journal there</source>
            <translation>{0}：标注工程文件夹是只读的；annotator 需要在其中写入数据库及其日志文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the database file is read-only; nothing was changed</source>
            <translation>{0}：数据库文件是只读的；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: cannot open the database ({1})</source>
            <translation>{0}：无法打开数据库（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the project is read-only (its folder or database file cannot be written), so changes cannot be saved; copy the project folder to a writable place to edit it — nothing was changed</source>
            <translation>{0}：标注工程是只读的（其文件夹或数据库文件无法写入），因此无法保存更改；如需编辑，请把标注工程文件夹复制到可写入的位置——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the project is read-only and of an older version (schema {1}, this annotator reads {2}); it must be upgraded before it can be read, which writes: copy the project folder to a writable place and open the copy — nothing was changed</source>
            <translation>{0}：标注工程是只读的，且来自旧版本（数据库结构 {1}，本版 annotator 读取 {2}）；需先升级才能读取，而升级要写入：请把标注工程文件夹复制到可写入的位置，再打开副本——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the project is read-only and was not closed cleanly: its write-ahead log {1} holds changes that cannot be read without its {2} file; copy the project folder to a writable place and open the copy — nothing was changed</source>
            <translation>{0}：标注工程是只读的，且上次未正常关闭：其预写日志 {1} 中的更改缺少 {2} 文件便无法读取；请把标注工程文件夹复制到可写入的位置，再打开副本——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the project is read-only and was not closed cleanly: its rollback journal {1} holds a change cut short, which must be undone in the database before it can be read, and that writes; copy the project folder to a writable place and open the copy — nothing was changed</source>
            <translation>{0}：标注工程是只读的，且上次未正常关闭：其回滚日志 {1} 中有一次中断的写入，须先在数据库中撤销才能读取，而撤销要写入：请把标注工程文件夹复制到可写入的位置，再打开副本——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: a name in this path is {1} bytes long, more than the {2} bytes a file system allows for one file or folder name; choose a shorter name — nothing was changed</source>
            <translation>{0}：此路径中有一个名称长 {1} 字节，超过文件系统对单个文件或文件夹名称允许的 {2} 字节；请改用较短的名称——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the path is too long for the file system ({1} bytes); move the project to a shorter path — nothing was changed</source>
            <translation>{0}：路径过长，文件系统无法使用（{1} 字节）；请把标注工程移到较短的路径——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: its path is too long for SQLite ({1} bytes, at most {2}); move or rename the project folder to a shorter path — nothing was changed</source>
            <translation>{0}：路径对 SQLite 来说太长（{1} 字节，最多 {2} 字节）；请把标注工程文件夹移到较短的路径或改名——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: cannot be opened, the disk is full ({1}); nothing was written to it — free some space on the disk and try again</source>
            <translation>{0}：磁盘已满，无法打开（{1}）；未写入任何内容——请在磁盘上腾出空间后重试</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: cannot be opened, the disk reported an error ({1}); nothing was written to it — the database itself is not known to be damaged: check the disk and try again</source>
            <translation>{0}：磁盘报告错误，无法打开（{1}）；未写入任何内容——数据库本身并未发现损坏：请检查磁盘后重试</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: its write-ahead log {1} does not fit it (left from another database?): read with it, the database is damaged ({2}); nothing was written to it — move {3} out of the folder to open the project as last saved without it ({4})</source>
            <translation>{0}：旁边的预写日志 {1} 与它不相符（可能是另一个数据库留下的）：连同该日志读取时数据库已损坏；未向其写入任何内容——把 {3} 移出该文件夹，即可打开上次保存时的标注工程（不含该日志的内容）（{4}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the database is damaged or not a project database ({1}); nothing was written to it — {2}</source>
            <translation>{0}：数据库已损坏，或不是标注工程数据库（SQLite 的原话见详细信息）；未向其写入任何内容——{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the database is damaged ({1}); nothing was written to it — {2}</source>
            <translation>{0}：数据库已损坏（SQLite 的检查结果见详细信息）；未向其写入任何内容——{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: the database is damaged (the text of document {1} no longer matches the sha256 it was imported with); nothing more was done — {2}</source>
            <translation>{0}：数据库已损坏（文档 {1} 的文本与导入时的 sha256 不再一致）；未再执行任何操作——{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is an SQLite database but not an annotator project; it was left untouched</source>
            <translation>{0}：是 SQLite 数据库，但不是 annotator 标注工程；未作改动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: made by a newer annotator (schema {1}, this one knows {2}); update annotator to open it — nothing was changed</source>
            <translation>{0}：由较新版本的 annotator 创建（结构版本 {1}，本版本只支持到 {2}）；请升级 annotator 后再打开——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: its tables are not those of an annotator project of schema {1} ({2}); it was left untouched</source>
            <translation>{0}：其中的表与结构版本 {1} 的 annotator 标注工程不符（{2}）；未作改动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: cannot switch the database to WAL mode ({1})</source>
            <translation>{0}：无法将数据库切换到 WAL 模式（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: cannot read the database ({1})</source>
            <translation>{0}：无法读取数据库（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is empty (0 bytes), so the project database is lost or damaged; {1}</source>
            <translation>{0}：文件是空的（0 字节），标注工程数据库已丢失或损坏；{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is not an SQLite database (damaged or another kind of file); it was left untouched</source>
            <translation>{0}：不是 SQLite 数据库（已损坏或是其他类型的文件）；未作改动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is truncated ({1} bytes, less than the 100-byte header); {2}</source>
            <translation>{0}：文件不完整（{1} 字节，不足 100 字节的文件头）；{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is damaged: it has bytes after its end ({1} bytes where its header says {2}); {3}</source>
            <translation>{0}：已损坏：末尾之后还有多余的字节（实有 {1} 字节，文件头表明应为 {2}）；{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is damaged: it does not hold whole pages ({1} bytes where its header says {2}); {3}</source>
            <translation>{0}：已损坏：不是由完整的页组成（实有 {1} 字节，文件头表明应为 {2}）；{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_opening.py" />
            <source>{0}: is truncated ({1} bytes where its header says {2}); {3}</source>
            <translation>{0}：文件不完整（实有 {1} 字节，文件头表明应为 {2}）；{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>no document with id {0}</source>
            <translation>没有 id 为 {0} 的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>document {0} is not in the project</source>
            <translation>文档 {0} 不在标注工程中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>no annotation with id {0} (removed since it was read?)</source>
            <translation>没有 id 为 {0} 的标注（读取后已被删除？）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>no link with id {0} (removed since it was read?)</source>
            <translation>没有 id 为 {0} 的关联（读取后已被删除？）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>no link with id {0}</source>
            <translation>没有 id 为 {0} 的关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>the new spans' ids are not the ones expected: nothing was stored</source>
            <translation>新标注的 id 与预期不符：未保存任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>cannot restore the annotation: it was changed in the meantime ({0})</source>
            <translation>无法恢复该标注：它在此期间已被更改（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>cannot restore the change: it was changed in the meantime ({0})</source>
            <translation>无法恢复这项更改：相关内容在此期间已被更改（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>cannot restore the link: the span has another one now ({0})</source>
            <translation>无法恢复该关联：该标注现在已有另一条关联（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>the guide of {0} was changed in the meantime</source>
            <translation>{0} 的标注指南已在此期间被修改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}: the sha256 given is not that of its text</source>
            <translation>{0}：给出的 sha256 与其文本不符</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>a link joins two spans of one document</source>
            <translation>关联只能连接同一文档中的两个标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0} {1} cannot have a {2} link to a district by name</source>
            <translation>{0} {1} 不能有按名称指向地区的{2}关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0} {1} cannot have a {2} link to {3} {4}</source>
            <translation>{0} {1} 不能有指向{3} {4} 的{2}关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>a district link without a span needs the district's name</source>
            <translation>不指向标注的地区关联需要写明地区名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>a suggested link is accepted or rejected, not {0}</source>
            <translation>建议的关联只能接受或拒绝，不能设为 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>label {0} can go to a place from 1 to {1} in {2}, not {3}; nothing was changed</source>
            <translation>标签 {0} 在 {2} 中的位置只能是 1 到 {1}，不能是 {3}；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>unknown way a coder came in: {0} (one of {1})</source>
            <translation>未知的编码员加入方式：{0}（应为 {1} 之一）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}'s {1} {2} stays {3}'s, and your own copy of it cannot be made: {4}</source>
            <translation>{0} 的{1} {2} 仍归 {3} 所有，无法为您另建一份自己的副本：{4}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>unknown model {0} (one of {1})</source>
            <translation>未知的模型 {0}（应为 {1} 之一）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>the minimum confidence is a probability from 0 to 1, not {0}</source>
            <translation>最低置信度应是 0 到 1 之间的概率，不能是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>train again after a whole number of accepted spans from 0 (only when asked) to {0}, not {1}</source>
            <translation>重新训练的间隔应是 0（仅在要求时训练）到 {0} 之间的已接受标注数（整数），不能是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>a model needs a name</source>
            <translation>模型需要名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>model {0} is {1} bytes, more than {2} a project keeps</source>
            <translation>模型 {0} 有 {1} 字节，超过标注工程可保存的 {2} 字节</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}: no backup could be made ({1})</source>
            <translation>{0}：无法创建备份（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}: could not give back the free space of the database ({1}); nothing was changed</source>
            <translation>{0}：无法释放数据库中的空闲空间（{1}）；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}: schema step {1} would break {2} reference(s) between tables; nothing was changed</source>
            <translation>{0}：结构升级第 {1} 步会破坏表之间的 {2} 处引用；未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}: is on a network share ({1}), where annotator writes it with a rollback journal whatever it is marked; give it the write-ahead log on the computer whose disk holds it — nothing was changed</source>
            <translation>{0}：位于网络共享上（{1}），无论如何标记，annotator 都会用回滚日志写入它；请在存放它的那台电脑上为它启用预写日志——未作任何更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>{0}: the disk holding the project is full (no free space); nothing was saved</source>
            <translation>{0}：存放标注工程的磁盘已满（没有剩余空间）；未保存任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>table {0} lacks {1}</source>
            <translation>表 {0} 缺少 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>table {0} exists although schema {1} has none</source>
            <translation>存在表 {0}，但结构版本 {1} 没有这个表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>the annotations table is not in the shape of schema 1</source>
            <translation>annotations 表不是结构版本 1 的格式</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>annotation ids are not AUTOINCREMENT as in schema 2</source>
            <translation>标注 id 不像结构版本 2 那样是 AUTOINCREMENT</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_store.py" />
            <source>the search index of schema {0} is missing</source>
            <translation>缺少结构版本 {0} 的搜索索引</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>unknown export format {0} (one of {1})</source>
            <translation>未知的导出格式 {0}（应为 {1} 之一）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>unknown table {0} (one of {1})</source>
            <translation>未知的表格 {0}（应为 {1} 之一）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl, .json (Label Studio), .conll or .html, or choose --format; nothing was written</source>
            <translation>{0}：annotator 不能写 {1} 文件；请把文件名后缀改为 .xlsx（Excel）、.csv、.jsonl、.json（Label Studio）、.conll 或 .html，或选择导出格式；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>no spans by annotator {0} in {1} (its annotators: {2})</source>
            <translation>{1} 中没有标注者 {0} 的标注（其中的标注者：{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}: the agreement table is written as .csv or .xlsx; name the file so (-o agreement.xlsx); nothing was written</source>
            <translation>{0}：一致性表格只能写成 .csv 或 .xlsx 文件；请按此命名（如 agreement.xlsx）；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}: no gold annotations to score against</source>
            <translation>{0}：没有可用于评分的金标准标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0} line {1}: not a {2} line ({3})</source>
            <translation>{0} 第 {1} 行：不是{2}行（{3}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}; {1} of {2} gold span(s) do not match the project's documents: was the gold made on another version of the text? Nothing was scored</source>
            <translation>{0}；{2} 条金标准标注中有 {1} 条与标注工程中的文档不符：金标准是否基于另一版本的文本制作？未作任何评分</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>the model cannot be read ({0}); {1}</source>
            <translation>模型无法读取（{0}）；{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>the shipped model {0} cannot be read ({1}); {2}</source>
            <translation>随程序提供的模型 {0} 无法读取（{1}）；{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}: the project's model cannot be read ({1}); {2}</source>
            <translation>{0}：标注工程的模型无法读取（{1}）；{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>--min-confidence takes a probability from 0 to 1, not {0}</source>
            <translation>最低置信度应是 0 到 1 之间的概率，不能是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}: cross-validation needs at least two documents with accepted spans (this project has {1})</source>
            <translation>{0}：交叉验证至少需要两篇含已接受标注的文档（此标注工程只有 {1} 篇）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>cross-validation needs at least two documents with accepted spans (this project has {0})</source>
            <translation>交叉验证至少需要两篇含已接受标注的文档（此标注工程只有 {0} 篇）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}: a worker process of --jobs {1} ended unexpectedly (killed, or out of memory); the suggestions of the {2} document(s) finished before it are stored, each whole, and running the command again does the rest</source>
            <translation>{0}：{1} 个并行进程中有一个意外结束（被终止或内存不足）；此前完成的 {2} 篇文档的建议已完整保存，再次运行即可完成其余文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>the background process stopped unexpectedly (exit code {0}); nothing was kept</source>
            <translation>后台进程意外停止（退出代码 {0}）；未保留任何结果</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>resource file {0} is not on the file system ({1}): install annotator unzipped</source>
            <translation>资源文件 {0} 不在文件系统中（{1}）：请安装未压缩的 annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>resource file {0} has no list [{1}]: the installation is incomplete, reinstall annotator</source>
            <translation>资源文件 {0} 中没有列表 [{1}]：程序安装不完整，请重新安装 annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>rejected spans say 'not this' and are never compared: the agreement of {0} counts the spans coders marked (accepted, and suggested when asked)</source>
            <translation>已拒绝的标注表示“不是这个”，从不参与比较：{0} 的一致性只统计编码员标出的标注（已接受的，以及要求时的待审建议）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>a package can include {0}, not {1}</source>
            <translation>标注包可以包含 {0}，不能包含 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>no link is of the kind {0}; the kinds: {1}</source>
            <translation>没有类型为 {0} 的关联；关联类型有：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>no {0} link goes from a {1} span: links go from {2} spans (--label names the span a link goes from)</source>
            <translation>没有从{1}标注出发的{0}关联：关联从{2}标注出发（--label 指定关联出发的标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>no link goes from a {0} span: links go from {1} spans (--label names the span a link goes from)</source>
            <translation>没有从{0}标注出发的关联：关联从{1}标注出发（--label 指定关联出发的标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>unknown encoding {0} (for example utf-8, gb18030, big5, utf-16)</source>
            <translation>未知的编码 {0}（例如 utf-8、gb18030、big5、utf-16）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0} is not a text encoding</source>
            <translation>{0} 不是文本编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>is not {0} text (--encoding {1}): {2}% of its characters other than ASCII read as characters unusual in Chinese or Latin text; it reads as {3}: leave out --encoding</source>
            <translation>不是 {0} 文本（所选编码：{1}）：按此编码读取，其中非 ASCII 字符有 {2}% 是中文或拉丁文中少见的字符；按 {3} 可以正常读取：请不要指定编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>is not {0} text (--encoding {1}): {2}% of its characters other than ASCII read as characters unusual in Chinese or Latin text</source>
            <translation>不是 {0} 文本（所选编码：{1}）：按此编码读取，其中非 ASCII 字符有 {2}% 是中文或拉丁文中少见的字符</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0}; {1} was not imported again ({2} document(s) before it were, each whole)</source>
            <translation>{0}；{1} 未重新导入（在它之前的 {2} 篇文档已各自完整地重新导入）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>note is {0} characters long, more than a cell holds, and was cut in the workbook; change it in the application</source>
            <translation>备注有 {0} 个字符，超出单元格的容量，在工作簿中被截断了；请在程序中修改它</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>train it again (Project › Train the model)</source>
            <translation>请重新训练（“标注工程 › 训练模型”）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>the installation is damaged: reinstall annotator</source>
            <translation>程序安装已损坏：请重新安装 annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>gold annotation</source>
            <translation>金标准标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {0} of the line is not UTF-8): open the file in a text editor, save it as UTF-8 and try again</source>
            <translation>按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出文本（该行第 {0} 个字节不是 UTF-8）：请在文本编辑器中打开该文件，另存为 UTF-8 编码后再试</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>it has no sheet</source>
            <translation>其中没有工作表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0} line {1}: offsets {2}-{3} are outside {4} (0-{5})</source>
            <translation>{0} 第 {1} 行：位置 {2}-{3} 超出了 {4} 的范围（0-{5}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/core_errors_tools.py" />
            <source>{0} line {1}: {2} is not the text of {3} at {4}-{5} ({6})</source>
            <translation>{0} 第 {1} 行：{3} 在 {4}-{5} 处的文本不是 {2}（而是 {6}）</translation>
        </message>
    </context>
    <context>
        <name>CountsTable</name>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Open</source>
            <translation>待审</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Acc.</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>A</source>
            <translation>接</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>O</source>
            <translation>待审</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Rej.</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>R</source>
            <translation>拒</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>{count} {status}</source>
            <translation>{status} {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/counts_table.py" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Open</source>
            <translation>待审</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Spans</source>
            <translation>标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Title (metadata, else the first line)</source>
            <translation>标题（取自元数据，没有则为第一行）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Date (metadata)</source>
            <translation>日期（取自元数据）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Accepted spans</source>
            <translation>已接受的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Open suggestions</source>
            <translation>待审建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Marked done</source>
            <translation>已标记完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>{0} accepted spans, {1} open suggestions</source>
            <translation>已接受的标注 {0} 个，待审建议 {1} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/document_list.py" />
            <source>Not marked done</source>
            <translation>未标记完成</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>Filter by name, title or date</source>
            <translation>按名称、标题或日期筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>Open suggestions only</source>
            <translation>仅显示有待审建议的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>Reading the project's documents…</source>
            <translation>正在读取标注工程的文档…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>No document with open suggestions has “{0}” in its name, title or date.</source>
            <translation>没有哪篇含待审建议的文档在名称、标题或日期中含有“{0}”。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>No document has “{0}” in its name, title or date.</source>
            <translation>没有哪篇文档在名称、标题或日期中含有“{0}”。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>No document has open suggestions left: uncheck Open suggestions only to list them all.</source>
            <translation>已没有含待审建议的文档：取消勾选“仅显示有待审建议的文档”即可列出全部文档。</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Added to the gold layer “{0}” (the Adjudication panel is open)</source>
            <translation>已加入裁定层“{0}”（裁定面板已打开）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Nothing selected on screen: select some text or click a span, then press the label key.</source>
            <translation>屏幕上没有选中任何内容：请先选中文字或点击一个标注，再按标签键。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>{0}'s span stays as they left it: a coder's decisions are changed in adjudication (the Adjudication panel, Ctrl+Shift+J)</source>
            <translation>{0} 的标注保持其原样：编码员的决定在裁定中更改（裁定面板，Ctrl+Shift+J）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>A coder's span stays as it is while the Adjudication panel is open: decide its region there (1–9, 0), or edit the gold span (Enter)</source>
            <translation>裁定面板打开时，编码员的标注保持原样：请在面板中裁定其所在区域（1–9、0），或编辑金标准标注（回车）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>{0}'s span stays as they left it; the edit went to your own copy of it, in your layer (Ctrl+Z takes it back)</source>
            <translation>{0} 的标注保持其原样；此次修改作用于你自己层中的副本（Ctrl+Z 撤销）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>; {0} of other coders' spans not copied: a span of yours of that label overlaps them</source>
            <translation>；{0} 个其他编码员的标注未复制：你的同标签标注与之重叠</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>No span selected: select one first (N, a click); selected text takes a label by its key (1–4)</source>
            <translation>未选中标注：请先选中一个（按 N 或单击）；选中的文字按标签键（1–4）加标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <location filename="../../annotator/gui/editing.py" />
            <source>Accepted {0} spans</source>
            <translation>已接受 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Accepted {0}: another program had rejected it meanwhile; Ctrl+Z gives its rejection back</source>
            <translation>已接受 {0}：另一个程序在此期间拒绝了它；Ctrl+Z 恢复那次拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Rejected {0}: another program had accepted it meanwhile; Ctrl+Z gives its acceptance back</source>
            <translation>已拒绝 {0}：另一个程序在此期间接受了它；Ctrl+Z 恢复那次接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Rejected {0} spans</source>
            <translation>已拒绝 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>; {0} of the rows chosen had that status already</source>
            <translation>；所选行中有 {0} 条原本就是该状态</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>{0} marked done ({1} of {2} documents done)</source>
            <translation>{0} 已标记为完成（已完成 {1} / {2} 篇文档）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>{0} no longer marked done ({1} of {2} documents done)</source>
            <translation>{0} 已取消完成标记（已完成 {1} / {2} 篇文档）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>; {0} open suggestions are still in it (N goes to them)</source>
            <translation>；其中仍有 {0} 条待审建议（按 N 前往）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>in this document</source>
            <translation>（本文档）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>in the whole project</source>
            <translation>（整个标注工程）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>No open {0} suggestions {1}.</source>
            <translation>没有待审的 {0} 建议{1}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>{0} {1} open {2} suggestion(s) {3}?</source>
            <translation>{0} {1} 条待审的 {2} 建议{3}？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/editing.py" />
            <source>{0} of them keep a code the tables' order chose (several units share the name): give the document's jurisdiction first, or check them once accepted</source>
            <translation>其中 {0} 条的代码是取区划表中第一个所得（多个单位同名）：请先填写文档的辖区，或在接受后核对</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../annotator/gui/dialogs/errors.py" />
            <source>The same in English, to quote in a bug report:</source>
            <translation>英文原文（报告问题时可引用）：</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Export annotations</source>
            <translation>导出标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>JSON Lines, one span a line (gold format)</source>
            <translation>JSONL，每行一条标注（金标准格式）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>doccano JSONL, one document a line</source>
            <translation>doccano JSONL，每行一篇文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>doccano JSONL with relations (entities and links)</source>
            <translation>doccano JSONL，含关系（实体与关联）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Label Studio JSON (tasks with text spans and relations)</source>
            <translation>Label Studio JSON（任务，含文本标注与关系）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel 工作簿 (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>CSV table</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>CoNLL / BIO, one character a line</source>
            <translation>CoNLL / BIO，每行一个字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Facts table (CSV) for Stata, R and pandas</source>
            <translation>事实表（CSV），供 Stata、R 和 pandas 使用</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Annotated documents for reading and printing (HTML)</source>
            <translation>带标注的文档，供阅读和打印（HTML）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>open suggestions</source>
            <translation>待审建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Label Studio has no rejected status: its file leaves the rejected spans and links out, as they would come back accepted when it is imported.</source>
            <translation>Label Studio 没有“已拒绝”状态：导出的文件不含已拒绝的标注和关联，否则导入时它们会变成已接受。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Spans</source>
            <translation>标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Annotators</source>
            <translation>标注者</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>All documents</source>
            <translation>全部文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Only the documents ticked below</source>
            <translation>仅下面勾选的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>— (no annotator: suggested or imported spans)</source>
            <translation>—（无标注者：建议或导入的标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Only the gold layer ({0}) is ticked: it holds the adjudicated spans, and each coder's layer holds the same facts again, so sums would count them more than once. Tick a coder to export their spans too.</source>
            <translation>只勾选了金标准层（{0}）：它包含裁定后的标注，而每名编码员的层又各含同样的事实，一并导出会重复求和。如需同时导出某位编码员的标注，请勾选该编码员。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>{0} annotators are ticked: a span several of them marked is exported once for each, so counts and sums take it more than once; untick all but one to export one layer.</source>
            <translation>已勾选 {0} 名标注者：多人标在同一处的标注每人一份都会导出，计数与求和会重复计算；只保留一个勾选即导出一层。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Tick only {0} for the adjudicated gold.</source>
            <translation>只勾选 {0} 即导出裁定后的金标准。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Only the spans of {0} are exported.</source>
            <translation>只导出 {0} 的标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>doccano has no rejected status: its file leaves the rejected spans out, as they would come back accepted when it is imported.</source>
            <translation>doccano 没有“已拒绝”状态：导出的文件不含已拒绝的标注，否则导入时它们会变成已接受。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>doccano has no rejected status: its file leaves the rejected spans and links out, as they would come back accepted when it is imported.</source>
            <translation>doccano 没有“已拒绝”状态：导出的文件不含已拒绝的标注和关联，否则导入时它们会变成已接受。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Choose a file to write.</source>
            <translation>请选择要写入的文件。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl, .json (Label Studio), .conll or .html; nothing was written</source>
            <translation>{0}：annotator 不能写入 {1} 文件；请把文件名改为 .xlsx（Excel）、.csv、.jsonl、.json（Label Studio）、.conll 或 .html；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Tick at least one kind of span.</source>
            <translation>请至少勾选一种标注状态。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Tick at least one label.</source>
            <translation>请至少勾选一个标签。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Tick at least one annotator.</source>
            <translation>请至少勾选一位标注者。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Tick at least one document, or export all.</source>
            <translation>请至少勾选一篇文档，或选择导出全部文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Nothing exported</source>
            <translation>未导出任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Exporting</source>
            <translation>正在导出</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/export_dialog.py" />
            <source>Nothing was exported.</source>
            <translation>没有导出任何内容。</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../annotator/gui/widgets/find_bar.py" />
            <source>Find (Enter: next, Shift+Enter: previous, Ctrl+Enter: select to label, Esc: close)</source>
            <translation>查找（回车：下一个，Shift+回车：上一个，Ctrl+回车：选中以标注，Esc：关闭）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/find_bar.py" />
            <source>Find in this document</source>
            <translation>在本文档中查找</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/find_bar.py" />
            <source>Enter: next hit, Shift+Enter: previous; Ctrl+Enter: back to the article with the hit selected, so that a label key labels it; Esc: close</source>
            <translation>Enter：下一处，Shift+Enter：上一处；Ctrl+Enter：回到正文并保留选中的这一处，再按标签键即可标注；Esc：关闭</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/find_bar.py" />
            <source>Ctrl+Enter, then a label key: label it</source>
            <translation>按 Ctrl+Enter，再按标签键：标注这一处</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/find_bar.py" />
            <source>{0} found so far…</source>
            <translation>已找到 {0} 处…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/find_bar.py" />
            <source>{0} found</source>
            <translation>找到 {0} 处</translation>
        </message>
    </context>
    <context>
        <name>GuidePanel</name>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Guide</source>
            <translation>标注指南</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>&amp;Guide to the label under the cursor</source>
            <translation>光标处标签的标注指南(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>The label whose guide is shown (it follows the cursor)</source>
            <translation>显示其指南的标签（跟随光标）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Label of the guide</source>
            <translation>指南所属标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>This project's guide for the label (Markdown)</source>
            <translation>本工程该标签的指南（Markdown）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Write this project's guide for the label (Markdown)</source>
            <translation>为本标注工程撰写该标签的指南（Markdown）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Shipped text</source>
            <translation>默认文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>Put the guide that ships with annotator into the editor</source>
            <translation>把 annotator 自带的指南放入编辑器</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>No project is open.</source>
            <translation>没有打开的标注工程。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>This project has no labels.</source>
            <translation>本标注工程没有标签。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>This project's guide for {0}.</source>
            <translation>本标注工程为 {0} 撰写的指南。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>The annotation guide's text for {0}; Edit writes this project's own.</source>
            <translation>标注指南中 {0} 的说明；点“编辑”可为本标注工程另写一份。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/guide_panel.py" />
            <source>No guide for {0} yet: its description. Edit writes one.</source>
            <translation>{0} 尚无指南，此处显示其描述；点“编辑”可撰写。</translation>
        </message>
    </context>
    <context>
        <name>HandOutDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>Hand out a package</source>
            <translation>分发标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>&amp;All documents ({0})</source>
            <translation>全部文档（{0} 篇）(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>The documents the &amp;list shows (it shows all of them: no filter is set)</source>
            <translation>文档列表当前显示的文档（列表未筛选，显示全部文档）(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>The documents the &amp;list shows ({0}: its filter)</source>
            <translation>文档列表当前显示的文档（{0} 篇：按其筛选）(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>The &amp;open document</source>
            <translation>当前打开的文档(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>With the open &amp;suggestions (the coder reviews them)</source>
            <translation>包含待审建议（由编码员审核）(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>With &amp;every span and link, with its annotator (a copy of the work)</source>
            <translation>包含全部标注和关联及其标注者（成果副本）(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>&amp;Coder's name:</source>
            <translation>编码员姓名(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/hand_out.py" />
            <source>The package is a zip named after the coder; they open it with Project › Coding team › Open a package…, and you bring their work back with Project › Coding team › Merge coders' work….</source>
            <translation>标注包是以编码员姓名命名的 zip 文件；编码员用“标注工程 › 团队协作 › 打开标注包…”打开，您再用“标注工程 › 团队协作 › 合并编码员的成果…”把他们的成果合并回来。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/import_dialog.py" />
            <source>Import a folder of articles</source>
            <translation>导入文章文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/import_dialog.py" />
            <source>Import articles</source>
            <translation>导入文章</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/import_dialog.py" />
            <source>Articles ({0});;All files (*)</source>
            <translation>文章 ({0});;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>LabelEditorDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Key</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>&amp;Add label</source>
            <translation>添加标签(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>&amp;Colour…</source>
            <translation>颜色(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>&amp;Delete label</source>
            <translation>删除标签(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Move the selected label up (Ctrl+Up): its place in the label buttons, the filter, the statistics and the exports</source>
            <translation>将所选标签上移（Ctrl+上箭头）：标签按钮、筛选、统计和导出都按此顺序排列</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Move the selected label down (Ctrl+Down)</source>
            <translation>将所选标签下移（Ctrl+下箭头）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Another program changed the labels: they are shown as soon as you finish this edit.</source>
            <translation>另一个程序修改了标签：完成当前编辑后即显示。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Another program changed the labels: shown as they are now.</source>
            <translation>另一个程序修改了标签：已显示其当前状态。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Key of {0}</source>
            <translation>{0} 的快捷键</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>{0} is one of the schema's labels: its values, links and suggestions go by this name, so it cannot be renamed. Its colour, key and description can be changed, and the window shows it in your language.</source>
            <translation>{0} 是标注方案的标签：值、关联和建议都依据此名称，不能改名；颜色、快捷键和说明可修改，界面以所选语言显示它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Label not added</source>
            <translation>未添加标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Label not deleted</source>
            <translation>未删除标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Label not moved</source>
            <translation>标签未移动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/label_editor.py" />
            <source>Label not changed</source>
            <translation>标签未修改</translation>
        </message>
    </context>
    <context>
        <name>LinkChooser</name>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Link to</source>
            <translation>关联到</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Link {0} to the span chosen below (Enter links it, Esc cancels):</source>
            <translation>把 {0} 关联到下面选中的标注（Enter 关联，Esc 取消）：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Type to filter by the span's text or code</source>
            <translation>输入文字或区划代码以筛选</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Spans to link to</source>
            <translation>可关联的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Link</source>
            <translation>关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Span</source>
            <translation>标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>In the text</source>
            <translation>上下文</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>&amp;Link</source>
            <translation>关联(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>for project</source>
            <translation>所属项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>district</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>(suggested link)</source>
            <translation>（建议的关联）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>linked now</source>
            <translation>当前的关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>suggested link now</source>
            <translation>当前的建议关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>a suggested span, not accepted yet</source>
            <translation>待审的建议标注，尚未接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>No span's text holds “{0}”.</source>
            <translation>没有标注的文字包含“{0}”。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>The nearest {0} of the {1} spans that hold “{2}” (of {3}): type more to narrow them</source>
            <translation>包含“{2}”的 {1} 个标注中最近的 {0} 个（共 {3} 个）：多输入几个字以缩小范围</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>The nearest {0} of {1} spans: type to find the others</source>
            <translation>最近的 {0} 个标注（共 {1} 个）：输入文字以查找其余的</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>{0} of {1} spans</source>
            <translation>{0} / {1} 个标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/link_chooser.py" />
            <source>{0} spans, the nearest first</source>
            <translation>{0} 个标注，最近的在前</translation>
        </message>
    </context>
    <context>
        <name>Linking</name>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>linked from: {0}</source>
            <translation>关联自：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>… and {0} more spans linked to it</source>
            <translation>……另有 {0} 个标注关联到它</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>for project: {0}</source>
            <translation>所属项目：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>district: {0}</source>
            <translation>所属地区：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>(suggested: {0})</source>
            <translation>（建议：{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source> (suggested)</source>
            <translation>（建议）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>guessed: {0}</source>
            <translation>推测：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>none found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} suggested link(s) of {1} join a rejected span and stay open: Shift+L removes them.</source>
            <translation>{1} 的 {0} 条建议关联连到已拒绝的标注，保持待审：按 Shift+L 移除。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <location filename="../../annotator/gui/linking.py" />
            <source>No span to link {0} to: a project, amount or target links to a district, an amount or target to a project.</source>
            <translation>没有可供“{0}”关联的标注：项目、金额或目标关联到地区，金额或目标关联到项目。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>Select the span to link first (an amount, a target or a project).</source>
            <translation>请先选中要关联的标注（金额、目标或项目）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0}'s {1} is not in the gold layer “{2}”: take a version of its region in the Adjudication panel (1–9), then link the gold span</source>
            <translation>{0} 的 {1} 不在金标准层“{2}”中：请先在裁定面板中采纳其所在区域的某个版本（1–9），再关联金标准标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source> (the gold spans: the coders' stay as they are)</source>
            <translation>（关联的是金标准标注：编码员的标注保持原样）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} is already linked to project {1}</source>
            <translation>{0} 早已关联到项目 {1}，未作更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} is already linked to district {1}</source>
            <translation>{0} 早已关联到地区 {1}，未作更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} linked to project {1}</source>
            <translation>{0} 已关联到项目 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} linked to district {1}</source>
            <translation>{0} 已关联到地区 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <location filename="../../annotator/gui/linking.py" />
            <source> (with the other end of its range, {0})</source>
            <translation>（连同区间的另一端 {0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>; suggestion(s) accepted: {0}</source>
            <translation>；已一并接受建议：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>; {0}'s spans stay theirs: the link joins your own copies ({1}), in your layer (Ctrl+Z takes them back)</source>
            <translation>；{0} 的标注保持其原样：关联连在你自己层中的副本（{1}）上（Ctrl+Z 撤销）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>in this document</source>
            <translation>（本文档）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>in the whole project</source>
            <translation>（整个标注工程）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source> {0} wait for a span still suggested; {1} join a rejected span (Reject all › Links).</source>
            <translation>其中 {0} 条所连的标注仍是建议；{1} 条连到已拒绝的标注（全部拒绝 › 关联）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source> {0} of other coders ({1}) stay theirs: a coder's decisions are changed in adjudication.</source>
            <translation>其中 {0} 条属于其他编码员（{1}），保持其原样：编码员的决定在裁定中更改。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>No suggested links to decide {0}.</source>
            <translation>没有待审的建议关联{0}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} {1} suggested link(s) {2}?</source>
            <translation>{0} {1} 条待审的建议关联{2}？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} has no links to remove</source>
            <translation>{0} 没有可移除的关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>Links of {0} removed</source>
            <translation>已移除 {0} 的关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/linking.py" />
            <source>{0} is not the name of division {1} ({2}): the code wins, so the jurisdiction is {3}</source>
            <translation>{0} 不是区划 {1}（{2}）的名称：以代码为准，辖区记为 {3}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>Cannot open the project</source>
            <translation>无法打开标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>Cannot open the document</source>
            <translation>无法打开文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions left.</source>
            <translation>没有剩余的待审建议。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>{0}: not an annotator project (no {1}); Project › New project… (Ctrl+N) makes one</source>
            <translation>{0}：不是 annotator 标注工程（没有 {1}）；标注工程 › 新建标注工程…（Ctrl+N）可新建一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>This document: {0} accepted, {1} open suggestions</source>
            <translation>本文档：已接受 {0} 条，待审建议 {1} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source> — {0} goes to the next</source>
            <translation> —— 按 {0} 转到下一条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>Project: {0} / {1} documents done, {2} open suggestions</source>
            <translation>标注工程：已完成 {0} / {1} 篇文档，待审建议 {2} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>Please confirm</source>
            <translation>请确认</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>About annotator</source>
            <translation>关于 annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/main_window.py" />
            <source>annotator {0}
Annotate districts, projects, amounts and targets in Chinese government work reports.</source>
            <translation>annotator {0}
在中国政府工作报告中标注地区、项目、金额和目标。</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Merge coders' work</source>
            <translation>合并编码员的成果</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>The coders' projects to bring into this one: the zips they sent back, or their project folders.</source>
            <translation>要合并到本标注工程的编码员工程：他们交回的 zip 文件，或他们的标注工程文件夹。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Coders' projects to merge</source>
            <translation>要合并的编码员工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Add &amp;zips…</source>
            <translation>添加 zip 文件(&amp;Z)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Add a project &amp;folder…</source>
            <translation>添加标注工程文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Re&amp;name coders (two people who gave one name): the name in their copy = the name to store here, e.g. li=li2; several with commas</source>
            <translation>改名(&amp;N)（两个人用了同一个名字时）：副本中的名字 = 在此保存的名字，例如 李明=李明2；多个用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>li=li2, wang=wang2</source>
            <translation>李明=李明2, 王芳=王芳2</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>&amp;Corrected copies, sent again</source>
            <translation>更正后的副本(&amp;C)，再次发回</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Their version replaces what their coders' earlier copies brought.</source>
            <translation>以其版本替换这些编码员先前副本带来的标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>&amp;Documents of another project: add them</source>
            <translation>另一个工程的文档(&amp;D)：添加这些文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Else a project none of whose documents is here is refused, as sent by mistake.</source>
            <translation>否则，文档都不在本工程中的工程会被视为误发而拒绝。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Coders' zips</source>
            <translation>编码员的 zip 文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>Packages (*.zip)</source>
            <translation>标注包 (*.zip)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/merge_dialog.py" />
            <source>A coder's project folder</source>
            <translation>编码员的标注工程文件夹</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../annotator/gui/messages.py" />
            <source>… {0} more line(s): Show Details</source>
            <translation>……另有 {0} 行：见“显示详情”</translation>
        </message>
    </context>
    <context>
        <name>MethodsDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/methods_dialog.py" />
            <location filename="../../annotator/gui/dialogs/methods_dialog.py" />
            <source>Methods paragraph</source>
            <translation>方法段落</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/methods_dialog.py" />
            <source>For the methods section of a paper: the figures of the exported workbook's About sheet, in one paragraph (on the command line, annotator methods prints the same).</source>
            <translation>供论文方法部分使用：导出工作簿 About 表中的数字，写成一段文字（在命令行中，annotator methods 输出相同内容）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/methods_dialog.py" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ModelScores</name>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Evaluate (cross-validate)</source>
            <translation>评估（交叉验证）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Cross-validate</source>
            <translation>交叉验证</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Hold out each document with accepted spans in turn (with more than ten, a tenth of them at a time), train on the others and score the rules, the model and both on it</source>
            <translation>依次留出每篇含已接受标注的文档（超过十篇时每次留出十分之一），用其余文档训练，再在留出的文档上为规则、模型及两者合用打分</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Both</source>
            <translation>规则+模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Needs two documents with accepted spans at least; this project has {0}.</source>
            <translation>至少需要两篇含已接受标注的文档；本标注工程有 {0} 篇。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Not cross-validated yet.</source>
            <translation>尚未做过交叉验证。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Cross-validated {0} over {1} documents in {2} groups, each held out in turn; overlap F1:</source>
            <translation>{0} 在 {1} 篇文档上做了交叉验证（分 {2} 组，每组依次留出）；重叠 F1：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Cross-validated {0} over {1} documents, each held out in turn; overlap F1:</source>
            <translation>{0} 在 {1} 篇文档上做了交叉验证（每篇依次留出）；重叠 F1：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>(the model's own proposals from a confidence of {0:.2f})</source>
            <translation>（模型自身的建议取置信度 {0:.2f} 及以上）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>({0} spans accepted since)</source>
            <translation>（此后又接受了 {0} 个标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>{0} (no longer a label)</source>
            <translation>{0}（已不是标签）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>The project no longer has the label {0}: it was renamed or deleted after these figures were computed. Cross-validate again for the labels as they are now.</source>
            <translation>本标注工程已没有标签 {0}：它在这些数字算出之后被重命名或删除。请再做一次交叉验证，得到按现有标签计的结果。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Suggestions come from the rules alone.</source>
            <translation>自动建议只来自规则。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Only for the labels it learned:</source>
            <translation>仅限其学过的标签：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Suggestions come from the rules and the shipped model.</source>
            <translation>自动建议来自规则和随程序附带的模型。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Suggestions come from the rules and the shipped model: this project has not trained its own yet.</source>
            <translation>自动建议来自规则和随程序附带的模型：本标注工程还没有训练自己的模型。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Suggestions come from the rules and the shipped model: the project's model was trained by another version (train it again).</source>
            <translation>自动建议来自规则和随程序附带的模型：本标注工程的模型由其他版本训练（请重新训练）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Suggestions come from the rules and the shipped model: the project's model cannot be read (damaged); train it again (Project › Train the model).</source>
            <translation>自动建议来自规则和随程序附带的模型：本标注工程的模型无法读取（已损坏）；请重新训练（标注工程 › 训练模型）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Suggestions come from the rules and this project's model, trained {0} on {1} accepted spans ({3}); {2} accepted since.</source>
            <translation>自动建议来自规则和本标注工程的模型，{0} 用 {1} 个已接受的标注（{3}）训练；此后又接受了 {2} 个。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>It is trained only when asked (Project › Train the model).</source>
            <translation>模型只在要求时训练（标注工程 › 训练模型）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>The project's own model is not trained by itself while the settings do not use it.</source>
            <translation>设置不使用本标注工程自己的模型时，它不会自动训练。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>It is trained again after {0} new accepted spans.</source>
            <translation>每新接受 {0} 个标注后自动重新训练。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>Overall</source>
            <translation>总体</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/model_scores.py" />
            <source>overlap P {0} / R {1} / F1 {2}; exact F1 {3}; {4} spans accepted, {5} proposed</source>
            <translation>重叠 P {0} / R {1} / F1 {2}；完全匹配 F1 {3}；已接受 {4} 个标注，建议 {5} 个</translation>
        </message>
    </context>
    <context>
        <name>ModelSettingsDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>Model settings</source>
            <translation>模型设置</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>&amp;Suggest with:</source>
            <translation>建议来源(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>&amp;Leave out the model's proposals below:</source>
            <translation>模型建议的最低置信度(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>&amp;Train again after:</source>
            <translation>自动重新训练(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>the rules and the project's model (else the shipped one)</source>
            <translation>规则和本标注工程的模型（没有时用随程序附带的模型）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>the rules and the shipped model</source>
            <translation>规则和随程序附带的模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>the rules alone</source>
            <translation>只用规则</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>The model's own proposals less confident than this are not made (0: all)</source>
            <translation>置信度低于此值的模型自身建议不再提出（0：全部提出）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source> new accepted spans</source>
            <translation> 个新接受的标注之后</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>only when asked</source>
            <translation>只在要求时</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/model_settings.py" />
            <source>These settings belong to the project: everyone who opens it, and the command line, use them. A span the rules propose too is always kept. Raising the minimum offers to remove the model's open suggestions below it; the next Run suggestions (F5) leaves them out.</source>
            <translation>这些设置属于本标注工程：打开它的每个人以及命令行都使用它们。规则也提出的标注总会保留。提高最低置信度时，会询问是否删除低于它的模型待审建议；下次运行自动建议（F5）时不再提出这些建议。</translation>
        </message>
    </context>
    <context>
        <name>ModelWork</name>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>The model settings were not saved</source>
            <translation>模型设置未能保存</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Run suggestions (F5) now proposes the model's spans down to a confidence of {0}.</source>
            <translation>现在运行建议（F5）会提出置信度不低于 {0} 的模型标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Remove the model's {0} open suggestions less confident than {1}? Undo brings them back.</source>
            <translation>删除模型置信度低于 {1} 的 {0} 条待审建议吗？撤销可以恢复。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Reading {0}</source>
            <translation>正在读取 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Learning {0}</source>
            <translation>正在学习 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Training the model</source>
            <translation>正在训练模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Training cancelled: the project keeps the model it had.</source>
            <translation>训练已取消：标注工程保留原有的模型。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Nothing to learn from yet: accept spans first. Suggestions use the shipped model.</source>
            <translation>还没有可学习的内容：请先接受一些标注。自动建议使用随程序附带的模型。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Training the model again in the background…</source>
            <translation>正在后台重新训练模型…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>The model learned from {0} accepted span(s) of {1} document(s) in {2} s.</source>
            <translation>模型学习了 {1} 篇文档中的 {0} 个已接受标注，用时 {2} 秒。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>The model could not be trained again: {0}</source>
            <translation>模型未能重新训练：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>The model's training in the background stopped: it starts again after the next edit.</source>
            <translation>后台的模型训练已停止：下次编辑后会重新开始。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Another program removed the project's model: suggestions use the shipped model.</source>
            <translation>另一个程序删除了本标注工程的模型：自动建议改用随程序附带的模型。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Another program trained the project's model (on {0} accepted spans): the next suggestions use it.</source>
            <translation>另一个程序训练了本标注工程的模型（用 {0} 个已接受的标注）：之后的自动建议将使用它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_work.py" />
            <source>Another program cross-validated the model: its figures are in the Statistics panel.</source>
            <translation>另一个程序对模型做了交叉验证：结果见“统计”面板。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_crossval.py" />
            <source>Not stored: the project is read-only, so these figures are shown only until it is closed.</source>
            <translation>未保存：标注工程是只读的，这些数字只显示到关闭它为止。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_crossval.py" />
            <source>Holding out {0}</source>
            <translation>正在留出 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_crossval.py" />
            <source>Cross-validating the model</source>
            <translation>正在交叉验证模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_retrained.py" />
            <source>the model learned before was removed, so suggestions use the shipped model</source>
            <translation>先前训练的模型已删除，自动建议改用随程序附带的模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_retrained.py" />
            <source>suggestions use the shipped model</source>
            <translation>自动建议使用随程序附带的模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_retrained.py" />
            <source>Trained again in the background: nothing to learn from, as no accepted span is left (rejected or removed since); {0}.</source>
            <translation>已在后台重新训练：没有可学习的内容，因为已没有已接受的标注（此后被拒绝或删除）；{0}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_retrained.py" />
            <source>Trained again in the background: nothing was learned from the {0} accepted span(s) of {1} document(s); {2}.</source>
            <translation>已在后台重新训练：从 {1} 篇文档的 {0} 条已接受标注中没有学到任何内容；{2}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_retrained.py" />
            <source>Retrained in the background on {0} accepted span(s) of {1} document(s).</source>
            <translation>已在后台重新训练：学习了 {1} 篇文档中的 {0} 个已接受标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_settings_said.py" />
            <source>The project's stored model setting {0} = {1} could not be read; the default {2} is used.</source>
            <translation>无法读取本标注工程存储的模型设置 {0} = {1}；改用默认值 {2}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_settings_said.py" />
            <source>The project's stored model settings ({0}) could not be read; the defaults ({1}) are used.</source>
            <translation>无法读取本标注工程存储的模型设置（{0}）；改用默认值（{1}）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_suggested.py" />
            <source>with the project's model</source>
            <translation>使用本标注工程的模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_suggested.py" />
            <source>with the shipped model</source>
            <translation>使用随程序附带的模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_suggested.py" />
            <source>by the rules alone</source>
            <translation>只用规则</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_suggested.py" />
            <source>with the shipped model: the project's model cannot be read (damaged); train it again (Project › Train the model)</source>
            <translation>使用随程序附带的模型：本标注工程的模型无法读取（已损坏）；请重新训练（标注工程 › 训练模型）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_suggested.py" />
            <source>with the project's model, for the labels it learned; {0}</source>
            <translation>使用本标注工程的模型（仅其学过的标签）；{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/model_suggested.py" />
            <source>{0} — {1}</source>
            <translation>{0} —— {1}</translation>
        </message>
    </context>
    <context>
        <name>NameDelegate</name>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>New name of the document</source>
            <translation>文档的新名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/document_panel.py" />
            <source>Enter renames the document; Esc keeps its name</source>
            <translation>按 Enter 重命名文档；按 Esc 保留原名称</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/name_dialog.py" />
            <source>Annotator name</source>
            <translation>标注者姓名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/name_dialog.py" />
            <source>Your name, saved with every span you make or review:</source>
            <translation>您的姓名，随您标注或审阅的每个标注一并保存：</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>New project</source>
            <translation>新建标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Folder of the new project (type a path; a folder that does not exist yet is created):</source>
            <translation>新标注工程的文件夹（可直接输入路径；尚不存在的文件夹会被创建）：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>{0} does not exist yet: it will be created.</source>
            <translation>{0} 尚不存在：将创建该文件夹。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>{0} is an empty folder.</source>
            <translation>{0} 是一个空文件夹。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>{0} is not empty ({1} items) and holds no project.</source>
            <translation>{0} 不是空文件夹（有 {1} 项），其中没有标注工程。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>{0} holds a project already: it will be opened.</source>
            <translation>{0} 中已有标注工程：将打开它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>{0} is a file, not a folder.</source>
            <translation>{0} 是文件，不是文件夹。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Cannot create a project in {0}: a name in it is longer than the file system allows (255 bytes, about 85 Chinese characters); choose a shorter name.</source>
            <translation>无法在 {0} 中创建标注工程：其中有一个名称超过文件系统允许的长度（255 字节，约 85 个汉字）；请改用较短的名称。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Cannot create a project in {0}: {1} cannot be written to.</source>
            <translation>无法在 {0} 中创建标注工程：{1} 不可写入。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Type or choose the folder of the new project.</source>
            <translation>请输入或选择新标注工程的文件夹。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>{0} holds a project already. Open it?</source>
            <translation>{0} 中已有标注工程。要打开它吗？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>The folder {0} is not empty: it holds {1} items ({2}) and no project.

Create the project in it anyway? Its files stay as they are.</source>
            <translation>文件夹 {0} 不是空的：其中有 {1} 项（{2}），但没有标注工程。

仍要在其中创建标注工程吗？其中的文件保持不变。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Cannot create the project: {0}</source>
            <translation>无法创建标注工程：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/new_project.py" />
            <source>Choose a folder for the new project</source>
            <translation>为新标注工程选择文件夹</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../annotator/gui/ops.py" />
            <source>This span is no longer in the project: another program (the command line, suggestions run again) removed it since the window read it. Press Ctrl+R to see what the project holds now; nothing was changed.</source>
            <translation>此标注已不在标注工程中：窗口读取它之后，另一个程序（命令行、再次运行的自动建议）删除了它。按 Ctrl+R 查看标注工程现在的内容；未作任何更改。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/ops.py" />
            <source>This document is no longer in the project: another program removed it since the window read it. Press Ctrl+R to see what the project holds now; nothing was changed.</source>
            <translation>此文档已不在标注工程中：窗口读取它之后，另一个程序删除了它。按 Ctrl+R 查看标注工程现在的内容；未作任何更改。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>You</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Interface</source>
            <translation>界面</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Article</source>
            <translation>正文</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Reviewing</source>
            <translation>审阅</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Importing</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>The model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Your &amp;name:</source>
            <translation>您的姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>&amp;Text size:</source>
            <translation>文字大小(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Saved with every span you make or review (Edit › Annotator name…)</source>
            <translation>随您标注或审阅的每个标注一并保存（编辑 › 标注者姓名…）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>as your team knows you</source>
            <translation>团队认识您的名字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>The language of the menus and messages (View › Language)</source>
            <translation>菜单和消息所用的语言（视图 › 语言）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>The article's text size (View › Larger text, Smaller text)</source>
            <translation>正文的文字大小（视图 › 放大文字、缩小文字）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Show &amp;rejected spans</source>
            <translation>显示已拒绝的标注(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Keep line &amp;breaks as in the file</source>
            <translation>保留文件原有的换行(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>In the article and the annotation table (View › Show rejected spans)</source>
            <translation>在正文和标注列表中（视图 › 显示已拒绝的标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>A selection's ends move to the nearest word boundaries (Edit › Snap selection to words)</source>
            <translation>选区的两端移到最近的词语边界（编辑 › 选区对齐到词语）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Run the suggestions on the documents just imported (Project › Suggest on import)</source>
            <translation>对刚导入的文档运行建议（标注工程 › 导入时自动建议）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Text copied from a PDF is not re-flowed (Project › Keep line breaks as in the file on import)</source>
            <translation>从 PDF 复制的文字不重新排版（标注工程 › 导入时保留文件原有的换行）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Snap a selection to &amp;whole words</source>
            <translation>选区对齐到完整词语(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>&amp;Go on to the next open suggestion after A / X</source>
            <translation>按 A / X 后转到下一条待审建议(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>&amp;Suggest on import</source>
            <translation>导入时自动建议(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>A or X decides a suggestion and selects the next: one key a suggestion (as in the Edit menu)</source>
            <translation>按 A 或 X 处理一条建议后即选中下一条：一键一条（与编辑菜单中相同）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>The model's settings belong to each project: everyone who opens it uses them (Project › Model settings…).</source>
            <translation>模型设置属于各个标注工程：打开该工程的每个人都使用它们（标注工程 › 模型设置…）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>&amp;Model settings…</source>
            <translation>模型设置(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/preferences.py" />
            <source>Open a project first</source>
            <translation>请先打开一个标注工程</translation>
        </message>
    </context>
    <context>
        <name>ProjectCommands</name>
        <message>
            <location filename="../../annotator/gui/commands.py" />
            <source>Open a project folder</source>
            <translation>打开标注工程文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/commands.py" />
            <source>{0}: a project is opened by dropping it alone on the window (or with Project › Open project…), not imported with other files</source>
            <translation>{0}：标注工程要单独拖放到窗口上才会打开（或用 标注工程 › 打开标注工程…），不随其他文件导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/commands.py" />
            <source>Importing</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/commands.py" />
            <source>To keep a file's line breaks as they are in the file instead (its accepted spans are kept): check Project › Keep line breaks as in the file on import, open the document and choose Project › Import the open document again….</source>
            <translation>如要保留文件原有的换行并保留已接受的标注：勾选“标注工程 › 导入时保留文件原有的换行”，打开该文档，再选择“标注工程 › 重新导入打开的文档…”。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/commands.py" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/commands.py" />
            <source>Suggesting</source>
            <translation>正在生成建议</translation>
        </message>
    </context>
    <context>
        <name>ProjectIO</name>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Importing annotations</source>
            <translation>正在导入标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Import annotations</source>
            <translation>导入标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Annotations partly imported</source>
            <translation>标注部分导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <location filename="../../annotator/gui/project_io.py" />
            <source>Import metadata table</source>
            <translation>导入元数据表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>表格 (*.csv *.xlsx);;CSV (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Importing the metadata table</source>
            <translation>正在导入元数据表</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Restore {0} to its backup of {1}?

What the project holds now is kept first as a before-restore backup (Restore from a backup… brings it back).</source>
            <translation>将 {0} 恢复到 {1} 的备份吗？

标注工程当前的内容会先保存为“恢复前”备份（可用“从备份恢复…”找回）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>The project folder to restore</source>
            <translation>要恢复的标注工程文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Not restored</source>
            <translation>未恢复</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>What it held before is in {0}.</source>
            <translation>恢复之前的内容保存在 {0}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>{0} was restored from {1}.</source>
            <translation>{0} 已从 {1} 恢复。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Choose the documents to remove in the list first.</source>
            <translation>请先在文档列表中选择要移除的文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Remove {0} document(s) ({1}) with their {2} span(s) and their links from the project?

This cannot be undone with Undo, and it clears the undo history (the steps before it cannot be undone either); the automatic backup (Restore from a backup…) keeps them.</source>
            <translation>从标注工程中移除 {0} 篇文档（{1}）及其 {2} 条标注和关联吗？

此操作不能撤销，并会清空撤销记录（之前的操作也不能再撤销）；自动备份（从备份恢复…）中保留着它们。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>The undo history was cleared; the automatic backup keeps what was there before.</source>
            <translation>撤销记录已清空；自动备份中保留着移除之前的内容。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>The database file shrank from {0} MB to {1} MB.</source>
            <translation>数据库文件从 {0} MB 缩小到 {1} MB。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Not removed</source>
            <translation>未移除</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/project_io.py" />
            <source>Removed {0} document(s) with {1} span(s) and {2} link(s).</source>
            <translation>已移除 {0} 篇文档及其 {1} 条标注和 {2} 条关联。</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>%1 File</source>
            <translation>%1 文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Show Details...</source>
            <translation>显示详情…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Hide Details...</source>
            <translation>隐藏详情…</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <location filename="../../annotator/gui/qt_words.py" />
            <source>Page &amp;Set:</source>
            <translation>页面组(&amp;S)：</translation>
        </message>
    </context>
    <context>
        <name>Reloading</name>
        <message>
            <location filename="../../annotator/gui/reloading.py" />
            <source>The span that was selected is no longer in the project: another program removed it.</source>
            <translation>之前选中的标注已不在标注工程中：另一个程序删除了它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reloading.py" />
            <source>Another program removed the span you were typing about; not saved: “{0}”</source>
            <translation>另一个程序删除了你正在填写的标注；未保存：“{0}”</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reloading.py" />
            <source>Another program removed {0}, the document you were typing about; not saved: “{1}”</source>
            <translation>另一个程序删除了你正在填写的文档 {0}；未保存：“{1}”</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reloading.py" />
            <source>Reloaded: another program removed {0}, the document that was open</source>
            <translation>已重新载入：另一个程序删除了打开的文档 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reloading.py" />
            <source>Not opened: another program removed {0} since the window listed it</source>
            <translation>未打开：另一个程序已删除 {0}（在窗口列出它之后）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reloading.py" />
            <source>Reloaded: the project was changed by another program</source>
            <translation>已重新载入：另一个程序修改了标注工程</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Search all documents</source>
            <translation>搜索全部文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Text to find in every document</source>
            <translation>要在全部文档中查找的文字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Found in the documents</source>
            <translation>在各文档中找到的内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Before</source>
            <translation>前文</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Found</source>
            <translation>命中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>After</source>
            <translation>后文</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Enter again: the next hit, Shift+Enter: the previous one; Ctrl+Enter: back to the article with the hit selected, so that a label key labels it.</source>
            <translation>再按回车：下一处，Shift+回车：上一处；Ctrl+回车：回到正文并选中该处，按标签键即可标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>The first {0} hits are shown, from {1} document(s); more documents hold it: {2} in all.</source>
            <translation>仅显示前 {0} 处（来自 {1} 篇文档）；其他文档中也有：共 {2} 篇文档含有。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>The first {0} hits are shown, from {1} document(s); more documents hold it.</source>
            <translation>仅显示前 {0} 处（来自 {1} 篇文档）；其他文档中也有。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>The first {0} hits are shown, from {1} document(s); the last of them holds more.</source>
            <translation>仅显示前 {0} 处（来自 {1} 篇文档）；最后一篇中还有更多。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>The documents changed since the search (another program imported, removed or read them again): searched again.</source>
            <translation>搜索之后文档已有变动（另一个程序导入、移除或重新读入了文档）：已重新搜索。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>Type the text to find: each place it occurs in the project's documents is listed here; Enter or a double-click opens it in the article.</source>
            <translation>输入要查找的文字：它在本标注工程各文档中出现的每一处都列在这里；按回车或双击即可在正文中打开。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>{0} found in {1} document(s)</source>
            <translation>在 {1} 篇文档中找到 {0} 处</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/search_dialog.py" />
            <source>“{0}” is in none of the project's documents.</source>
            <translation>本标注工程的文档中都没有“{0}”。</translation>
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>S&amp;tatistics</source>
            <translation>统计(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>{0} / {1} documents done</source>
            <translation>已完成 {0} / {1} 篇文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>Open suggestions: {0} in this document, {1} in the project</source>
            <translation>待审建议：本文档 {0} 条，整个标注工程 {1} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>This document: {0}</source>
            <translation>本文档：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>No document open</source>
            <translation>没有打开的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>Project — documents: {0}, characters: {1}</source>
            <translation>整个标注工程：文档 {0} 篇，字符 {1} 个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>Accepted spans: {0} suggested and accepted as proposed, {1} changed by a coder, {2} made by hand, {3} imported</source>
            <translation>已接受的标注：按建议原样接受 {0} 条，建议经编码员修改 {1} 条，手工标注 {2} 条，导入 {3} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>, {0} from another model's pre-annotations (Label Studio)</source>
            <translation>，采自其他模型的预标注（Label Studio）{0} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>, {0} adjudicated</source>
            <translation>，裁定 {0} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>, {0} of other origins</source>
            <translation>，其他来源 {0} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/stats_panel.py" />
            <source>Links: {0} ({1} to a district, {2} to a project; {3} accepted, {4} open, {5} rejected)</source>
            <translation>关联：{0} 条（到地区 {1} 条，到项目 {2} 条；已接受 {3} 条，待审 {4} 条，已拒绝 {5} 条）</translation>
        </message>
    </context>
    <context>
        <name>TextView</name>
        <message>
            <location filename="../../annotator/gui/widgets/text_view.py" />
            <source>Reason: {0}</source>
            <translation>理由：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/text_view.py" />
            <source>Note: {0}</source>
            <translation>备注：{0}</translation>
        </message>
    </context>
    <context>
        <name>UnpackDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/unpack_dialog.py" />
            <source>Open a package</source>
            <translation>打开标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/unpack_dialog.py" />
            <source>Unpack {0} into this new project folder (it must not exist yet, or be empty):</source>
            <translation>将 {0} 解压到这个新的标注工程文件夹（该文件夹须尚不存在或为空）：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/unpack_dialog.py" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/unpack_dialog.py" />
            <source>{0} already holds this package's project (opened before): OK opens it as it is, with your work.</source>
            <translation>{0} 中已有这个标注包的标注工程（之前已打开过）：点“确定”将按原样打开它，您的标注成果都在其中。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/unpack_dialog.py" />
            <source>It was opened into {0} too.</source>
            <translation>它之前也曾打开到 {0}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/unpack_dialog.py" />
            <source>A folder for the project</source>
            <translation>选择存放标注工程的文件夹</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;New project…</source>
            <translation>新建标注工程(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Open project…</source>
            <translation>打开标注工程(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Import files…</source>
            <translation>导入文件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Import &amp;folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Import &amp;annotations…</source>
            <translation>导入标注(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Import meta&amp;data table…</source>
            <translation>导入元数据表(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Restore from a bac&amp;kup…</source>
            <translation>从备份恢复(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Remo&amp;ve document(s)…</source>
            <translation>移除文档(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Rename document…</source>
            <translation>重命名文档…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Import the open doc&amp;ument again…</source>
            <translation>重新导入打开的文档(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Import the selected doc&amp;uments again…</source>
            <translation>重新导入选中的文档(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Met&amp;hods paragraph…</source>
            <translation>方法段落(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Run &amp;suggestions</source>
            <translation>运行自动建议(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Labels…</source>
            <translation>标签(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Accept suggestion</source>
            <translation>接受建议(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Re&amp;ject suggestion</source>
            <translation>拒绝建议(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Delete span</source>
            <translation>删除标注(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Link span (to the span under the mouse or the nearest district)</source>
            <translation>关联标注(&amp;L)（到鼠标下的标注或最近的地区）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Link span t&amp;o…</source>
            <translation>关联标注到(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Remove the span's lin&amp;ks</source>
            <translation>移除标注的关联(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Next open suggestion</source>
            <translation>下一条待审建议(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Previous open suggestion</source>
            <translation>上一条待审建议(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Go on to the next suggestion after A / X</source>
            <translation>按 A / X 后转到下一条建议(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Go to the &amp;document list</source>
            <translation>转到文档列表(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Find in document…</source>
            <translation>在文档中查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Search all documents…</source>
            <translation>搜索全部文档(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Annota&amp;tor name…</source>
            <translation>标注者姓名(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Preferences…</source>
            <translation>首选项…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Mark document done</source>
            <translation>标记文档已完成(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Larger text</source>
            <translation>放大文字(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Smaller text</source>
            <translation>缩小文字(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Show re&amp;jected spans</source>
            <translation>显示已拒绝的标注(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Snap selection to &amp;words</source>
            <translation>选区对齐到词语(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Reload from disk</source>
            <translation>从磁盘重新载入(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Su&amp;ggest on import</source>
            <translation>导入时自动建议(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Train the model</source>
            <translation>训练模型(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Keep line &amp;breaks as in the file on import</source>
            <translation>导入时保留文件原有的换行(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Model settings…</source>
            <translation>模型设置(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Open the &amp;demo project</source>
            <translation>打开示例标注工程(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;About annotator</source>
            <translation>关于 annotator(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;First steps…</source>
            <translation>入门步骤(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Annotation &amp;guide (F1)</source>
            <translation>标注指南(&amp;G)（F1）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Undo {0}</source>
            <translation>撤销 {0}(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Redo {0}</source>
            <translation>重做 {0}(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Project</source>
            <translation>标注工程(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Recent projects</source>
            <translation>最近的标注工程(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>La&amp;nguage</source>
            <translation>语言(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>A&amp;ccept all in this document</source>
            <translation>接受本文档中的全部(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>R&amp;eject all in this document</source>
            <translation>拒绝本文档中的全部(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Accept all &amp;in the project</source>
            <translation>接受整个标注工程中的全部(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Reject all in t&amp;he project</source>
            <translation>拒绝整个标注工程中的全部(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Span &amp;boundaries</source>
            <translation>标注边界(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>End one character left</source>
            <translation>终点左移一个字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>End one character right</source>
            <translation>终点右移一个字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Start one character left</source>
            <translation>起点左移一个字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Start one character right</source>
            <translation>起点右移一个字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>End one word left</source>
            <translation>终点左移一个词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>End one word right</source>
            <translation>终点右移一个词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Start one word left</source>
            <translation>起点左移一个词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Start one word right</source>
            <translation>起点右移一个词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>{0} (not found)</source>
            <translation>{0}（找不到）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>No recent projects</source>
            <translation>没有最近的标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Remove those not found</source>
            <translation>移除找不到的标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/actions.py" />
            <source>Links</source>
            <translation>关联</translation>
        </message>
    </context>
    <context>
        <name>AnnotationImport</name>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>added {0} annotation(s)</source>
            <translation>新增 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>added {0} link(s)</source>
            <translation>新增 {0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>added {0} open suggestion(s) and {1} suggested link(s) from Label Studio's predictions, to accept or reject</source>
            <translation>从 Label Studio 的预标注（predictions）中新增 {0} 条待审建议和 {1} 条建议关联，等待接受或拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>left aside {0} region(s) or relation(s) of Label Studio's predictions: each overlaps a span or suggestion of its label (or joins one left aside)</source>
            <translation>搁置了 Label Studio 预标注中的 {0} 个区域或关系：每个都与同一标签的标注或建议重叠（或连接着已搁置的区域）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>accepted {0} suggested link(s) as the gold has them</source>
            <translation>按金标准接受了 {0} 条建议关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>replaced {0} suggested link(s) by the gold's (the suggestions rejected)</source>
            <translation>用金标准的关联替换了 {0} 条建议关联（这些建议已拒绝）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} suggested project link(s): the gold has no project there</source>
            <translation>拒绝了 {0} 条建议的项目关联：金标准中此处没有项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>changed {0} annotation(s)</source>
            <translation>修改了 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>removed {0} open suggestion(s) that a span of their label overlaps with other boundaries (the file decided that text)</source>
            <translation>移除了 {0} 条待审建议：文件中同一标签的标注以不同边界与之重叠（文件已判定这段文字）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>gave {0} suggestion(s) the confidence of the line equal to them</source>
            <translation>为 {0} 条建议补上与之相同的行所给的置信度</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>computed the value of {0} span(s) from the text (the file gives none), as for a span labelled by hand</source>
            <translation>文件未给出 {0} 条标注的值：已按其文字算出，与手工标注时相同</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>added {0} document(s)</source>
            <translation>新增 {0} 篇文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} already in the project, left as they are</source>
            <translation>{0} 条已在标注工程中，保持不变</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>stopped: the project could not be written to, so {0} file(s) after it were not tried; what was stored before it stays</source>
            <translation>已停止：无法写入标注工程，其后的 {0} 个文件没有尝试导入；此前存入的内容均已保留</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: {1} annotation(s) changed, {2} added, {3} link(s) set, {4} row(s) unchanged, {5} row(s) refused; {6} exported row(s) are not in the sheet, their spans left as they are (a deleted row deletes nothing: set its status to rejected)</source>
            <translation>{0}：修改 {1} 条标注，新增 {2} 条，设置 {3} 条关联，{4} 行无变化，{5} 行被拒绝；导出的 {6} 行不在工作表中，其标注保持不变（删除一行不会删除任何内容：请把它的状态设为已拒绝）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: {1} annotation(s) changed, {2} added, {3} link(s) set, {4} row(s) unchanged, {5} row(s) refused</source>
            <translation>{0}：修改 {1} 条标注，新增 {2} 条，设置 {3} 条关联，{4} 行无变化，{5} 行被拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: failed, nothing stored from it: {1}</source>
            <translation>{0}：导入失败，未存入任何内容：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: partly imported: stored {1}, then failed: {2}; nothing more stored from it</source>
            <translation>{0}：部分导入：存入 {1} 后失败：{2}；未再存入更多内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: partly imported: stored {1}</source>
            <translation>{0}：部分导入：存入 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: its {1} is {2} in this project (its text at every line's offsets), which takes its lines</source>
            <translation>{0}：其中的 {1} 即本标注工程中的 {2}（每行偏移处的文字都相符），相应各行归入该文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: {1} line(s) give the text of their document in other characters ({2} for {3} in {4}): the same text, taken as the document writes it</source>
            <translation>{0}：{1} 行给出的是其文档文字的另一种写法（{2} 即 {4} 中的 {3}）：视为同一文字，按文档的写法记下</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: {1} row(s) give the text of their document in other characters ({2} for {3} in {4}): the same text, taken as the document writes it</source>
            <translation>{0}：{1} 行给出的是其文档文字的另一种写法（{2} 即 {4} 中的 {3}）：视为同一文字，按文档的写法记下</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: its annotations name their coder by number alone (completed_by {1}), so their spans are in no coder's layer, which agreement and adjudication compare with no one; to make them a coder's, take this import back (Project › Restore from a backup…) and import the file again with an annotator name (Project › Import annotations…)</source>
            <translation>{0}：其中的标注只用编号标明编码员（completed_by {1}），因此这些标注不属于任何编码员的标注层，一致性计算和裁定都不会拿它们与任何人比较；要让它们归于某位编码员，请撤回本次导入（“标注工程 › 从备份恢复…”），再填写标注者姓名重新导入该文件（“标注工程 › 导入标注…”）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} line {1}: {2}</source>
            <translation>拒绝了 {0} 第 {1} 行：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} lines {1}–{2}: {3}</source>
            <translation>拒绝了 {0} 第 {1}–{2} 行：{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} row {1}: {2}</source>
            <translation>拒绝了 {0} 第 {1} 行：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} rows {1}–{2}: {3}</source>
            <translation>拒绝了 {0} 第 {1}–{2} 行：{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} task {1}: {2}</source>
            <translation>拒绝了 {0} 第 {1} 个任务：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>rejected {0} tasks {1}–{2}: {3}</source>
            <translation>拒绝了 {0} 第 {1}–{2} 个任务：{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: {1} document(s) the project holds keep their metadata, which the file gives otherwise ({2}); to take the file's: type them in the document's form, or import them with Project › Import metadata table…</source>
            <translation>{0}：标注工程中已有的 {1} 个文档保留其元数据，文件给出的与之不同（{2}）；要采用文件中的：在文档的表单中修改，或用“标注工程 › 导入元数据表…”导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: {1} document(s) the project holds took metadata they had none of from the file ({2})</source>
            <translation>{0}：标注工程中已有的 {1} 个文档从文件中取得了它们原先没有的元数据（{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: marked {1} document(s) done, as its Documents sheet has them</source>
            <translation>{0}：按其“Documents”工作表，将 {1} 个文档标记为已完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} line {1}: {2}; left out</source>
            <translation>{0} 第 {1} 行：{2}；未采用</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} task {1}: {2}; left out</source>
            <translation>{0} 第 {1} 个任务：{2}；未采用</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} line {1}: {2}</source>
            <translation>{0} 第 {1} 行：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} task {1}: {2}</source>
            <translation>{0} 第 {1} 个任务：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0}: stored {1}</source>
            <translation>{0}：存入 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} annotation(s)</source>
            <translation>{0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} new document(s)</source>
            <translation>{0} 篇新文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggestion(s) decided</source>
            <translation>判定 {0} 条建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggestion(s) from its predictions</source>
            <translation>来自其预标注的 {0} 条建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggested link(s) from its predictions</source>
            <translation>来自其预标注的 {0} 条建议关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggestion(s) superseded by its spans</source>
            <translation>{0} 条建议被其标注取代</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggestion(s) given the file's confidence</source>
            <translation>{0} 条建议取得文件中的置信度</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} link(s)</source>
            <translation>{0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggested link(s) accepted as the gold has them</source>
            <translation>按金标准接受 {0} 条建议关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} replaced by the gold's</source>
            <translation>{0} 条被金标准的替换</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggested link(s) replaced by the gold's</source>
            <translation>{0} 条建议关联被金标准的替换</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} suggested project link(s) rejected (the gold has no project there)</source>
            <translation>拒绝 {0} 条建议的项目关联（金标准中此处没有项目）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} already in the project</source>
            <translation>{0} 条已在标注工程中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} line(s) rejected</source>
            <translation>拒绝 {0} 行</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} task(s) rejected</source>
            <translation>拒绝 {0} 个任务</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} annotation(s) changed</source>
            <translation>修改 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} added</source>
            <translation>新增 {0} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} link(s) set</source>
            <translation>设置 {0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source> and </source>
            <translation>和 </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} changed</source>
            <translation>更改 {0} 条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} rejected line(s)</source>
            <translation>{0} 行被拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} rejected row(s)</source>
            <translation>{0} 行被拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} rejected task(s)</source>
            <translation>{0} 个任务被拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>{0} file(s) that failed, from where each stopped</source>
            <translation>{0} 个失败的文件（自各自停止处起）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>Partly imported: some of the annotations were stored, some were not.</source>
            <translation>部分导入：部分标注已存入，部分未存入。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>Stored: {0}.</source>
            <translation>已存入：{0}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/annotation_summaries.py" />
            <source>Not stored: {0} (each is said below).</source>
            <translation>未存入：{0}（详见下文）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_not_carried.py" />
            <source>{0}: a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with one status, in one layer; a package handed out with every span and link (Project › Coding team › Hand out a package…) keeps all but done marks</source>
            <translation>{0}：doccano 文件不含状态、编码员、来源、关联、标注备注和完成标记：其标注以同一状态导入到同一层；“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）可保留除完成标记外的全部内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_not_carried.py" />
            <source>{0}: a doccano file has no status, coder, origin, span note or done mark: its spans and links came in with one status, in one layer; a package handed out with every span and link (Project › Coding team › Hand out a package…) keeps all but done marks</source>
            <translation>{0}：doccano 文件不含状态、编码员、来源、标注备注和完成标记：其标注和关联以同一状态导入到同一层；“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）可保留除完成标记外的全部内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_not_carried.py" />
            <source>{0}: a Label Studio file has no rejected span or link, span note or done mark, nor the origin, confidence or reason of an accepted span; a package handed out with every span and link (Project › Coding team › Hand out a package…) keeps all but done marks</source>
            <translation>{0}：Label Studio 文件不含已拒绝的标注和关联、标注备注、完成标记，也不含已接受标注的来源、置信度和理由；“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）可保留除完成标记外的全部内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_not_carried.py" />
            <source>{0}: a Label Studio file has no rejected span or link, span note or done mark; a package handed out with every span and link (Project › Coding team › Hand out a package…) keeps all but done marks</source>
            <translation>{0}：Label Studio 文件不含已拒绝的标注和关联、标注备注和完成标记；“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）可保留除完成标记外的全部内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_not_carried.py" />
            <source>{0}: a gold JSONL file has no span note or done mark; a package handed out with every span and link (Project › Coding team › Hand out a package…) keeps the notes</source>
            <translation>{0}：金标准 JSON Lines 文件不含标注备注和完成标记；“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）可保留备注</translation>
        </message>
    </context>
    <context>
        <name>ImportKinds</name>
        <message>
            <location filename="../../annotator/gui/import_kinds.py" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_kinds.py" />
            <source>1 of them is not a {0} file: {1}; the Project menu's Remove document(s)… takes it out if it was imported by mistake.</source>
            <translation>其中 1 篇不是 {0} 文件：{1}；如系误导入，可用 标注工程 › 移除文档… 移除。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_kinds.py" />
            <location filename="../../annotator/gui/import_kinds.py" />
            <source>(no suffix)</source>
            <translation>（无后缀）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_kinds.py" />
            <source>{0} of them are not {1} files: {2}; the Project menu's Remove document(s)… takes out one imported by mistake.</source>
            <translation>其中 {0} 篇不是 {1} 文件：{2}；误导入的可用 标注工程 › 移除文档… 移除。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_kinds.py" />
            <source>The folder also holds {0} annotation file(s) ({1}), which importing articles does not read: Project › Import annotations… reads them.</source>
            <translation>该文件夹中还有 {0} 个标注文件（{1}），导入文章时不会读取它们：请用 标注工程 › 导入标注… 导入。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_kinds.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>JurisdictionWords</name>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} names {1} divisions ({2}), so the facts it places get no district code; type the city before it, as {3}, or the code too, as {4}</source>
            <translation>{0} 是 {1} 个行政区划的名称（{2}），按它归属的事实将没有区划代码；请在前面写上所属的市，如 {3}，或同时输入代码，如 {4}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} from {1} to {2}</source>
            <translation>{0}（{1}—{2} 年）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} is a former unit, no division of today's gazetteer (the former units' table: {1}): the link rules compare it by its code in the document's year, and the facts it places keep its name with code null; for a report of a later year, type today's unit with its code</source>
            <translation>{0} 是已撤销的旧行政区划，不在现行地名库中（旧区划表：{1}）：关联规则按它在文档所属年份使用的代码比较，按它归属的事实保留其名称、代码为空；若报告属于更晚的年份，请输入今天的行政区划及其代码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} names no division the gazetteer or this document's districts know, so the facts it places get no district code; type the code too, as 湖里区 350206</source>
            <translation>{0} 不是地名库或本文档地区中的任何行政区划，按它归属的事实将没有区划代码；请同时输入代码，如 湖里区 350206</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} accepted district span(s) keep a code the tables' order chose: check them</source>
            <translation>{0} 个已接受的地区标注的代码仍是取区划表中第一个所得：请核对</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} open district suggestion(s) now coded in the jurisdiction</source>
            <translation>{0} 条待审的地区建议已改为辖区内的代码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} open district suggestion(s) now coded by the tables' order: the jurisdiction does not decide</source>
            <translation>{0} 条待审的地区建议已改回取区划表中第一个所得的代码：辖区无法确定是哪一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} open district suggestion(s) of the model now without a code: the jurisdiction does not decide</source>
            <translation>{0} 条模型给出的待审地区建议现已没有代码：辖区无法确定是哪一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} open district suggestion(s) coded anew without a jurisdiction</source>
            <translation>{0} 条待审的地区建议已按无辖区重新编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} open district suggestion(s) coded anew for the document's year</source>
            <translation>{0} 条待审的地区建议已按文档的年份重新编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/jurisdiction_words.py" />
            <source>{0} open district suggestion(s) coded anew without a year</source>
            <translation>{0} 条待审的地区建议已按无年份重新编码</translation>
        </message>
    </context>
    <context>
        <name>Busy</name>
        <message>
            <location filename="../../annotator/gui/big_steps.py" />
            <source>Redoing: {0}…</source>
            <translation>正在重做：{0}…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/big_steps.py" />
            <source>Undoing: {0}…</source>
            <translation>正在撤销：{0}…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/big_steps.py" />
            <source>Accepting {0} {1} suggestions…</source>
            <translation>正在接受 {0} 条{1}建议…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/big_steps.py" />
            <source>Rejecting {0} {1} suggestions…</source>
            <translation>正在拒绝 {0} 条{1}建议…</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>Print the document</source>
            <translation>打印文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>accepted spans, open suggestions (underlined) and rejected spans (struck through)</source>
            <translation>已接受的标注、待审建议（带下划线）和已拒绝的标注（带删除线）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>accepted spans and open suggestions (underlined)</source>
            <translation>已接受的标注和待审建议（带下划线）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>characters</source>
            <translation>字符数</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>spans shown</source>
            <translation>显示的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>(empty document)</source>
            <translation>（空文档）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>Open a document to print it.</source>
            <translation>请先打开要打印的文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/printing.py" />
            <source>Printed {0}.</source>
            <translation>已打印 {0}。</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>jurisdiction</source>
            <translation>辖区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>suggested</source>
            <translation>待审</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>manual</source>
            <translation>手工</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>adjudicated</source>
            <translation>裁定</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>gazetteer</source>
            <translation>地名库</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>amount rules</source>
            <translation>金额规则</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>project rules</source>
            <translation>项目规则</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>target rules</source>
            <translation>目标规则</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>learned</source>
            <translation>习得</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>rules and model</source>
            <translation>规则+模型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>Label Studio prediction</source>
            <translation>Label Studio 预标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>nested</source>
            <translation>嵌套</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>clause</source>
            <translation>分句</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>attribute</source>
            <translation>从属</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>district</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/display.py" />
            <source>Jurisdiction</source>
            <translation>辖区</translation>
        </message>
    </context>
    <context>
        <name>Summaries</name>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>cannot read ({0})</source>
            <translation>无法读取（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <location filename="../../annotator/gui/summaries_agreement.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} accepted district span(s) keep a code the tables' order chose: check them</source>
            <translation>{0} 个已接受的地区标注的代码仍是取区划表中第一个所得：请核对</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} open district suggestion(s) now coded in the jurisdiction</source>
            <translation>{0} 条待审的地区建议已改为辖区内的代码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} open district suggestion(s) now coded by the tables' order: the jurisdiction does not decide</source>
            <translation>{0} 条待审的地区建议已改回取区划表中第一个所得的代码：辖区无法确定是哪一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} open district suggestion(s) of the model now without a code: the jurisdiction does not decide</source>
            <translation>{0} 条模型给出的待审地区建议现已没有代码：辖区无法确定是哪一个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} open district suggestion(s) coded anew without a jurisdiction</source>
            <translation>{0} 条待审的地区建议已按无辖区重新编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} open district suggestion(s) coded anew for the document's year</source>
            <translation>{0} 条待审的地区建议已按文档的年份重新编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>{0} open district suggestion(s) coded anew without a year</source>
            <translation>{0} 条待审的地区建议已按无年份重新编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>imported {0} document(s)</source>
            <translation>已导入 {0} 篇文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>named {0} (from {1}): other files of this import are named {2} too</source>
            <translation>文档命名为 {0}（来自 {1}）：本次导入的其他文件也名为 {2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>named {0} (from {1}): a document of the project is already named {2}</source>
            <translation>文档命名为 {0}（来自 {1}）：标注工程中已有名为 {2} 的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>named {0} document(s) by their folders as well (e.g. {1}): other files of this import or documents of the project have the same file names</source>
            <translation>{0} 篇文档以所在文件夹加文件名命名（如 {1}）：本次导入的其他文件或标注工程中的文档有相同的文件名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <location filename="../../annotator/gui/summaries.py" />
            <source>warning {0}: {1}</source>
            <translation>请检查 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>skipped {0} file(s): {1}</source>
            <translation>已跳过 {0} 个文件：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>skipped {0} file(s) of other programs in the folders ({1}): annotator reads plain text ({2}), Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files through LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import again, or convert many files at once on the command line: soffice --headless --convert-to docx *.doc</source>
            <translation>跳过文件夹中 {0} 个其他程序的文件（{1}）：annotator 读取纯文本（{2}）、Word .docx、PDF、OFD 和网页（.html、.htm、.mht），.doc、.wps、.rtf 和 .odt 文件则通过 LibreOffice 读取，但本机未找到 LibreOffice：请安装 LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless --convert-to docx *.doc</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <location filename="../../annotator/gui/summaries.py" />
            <source>skipped {0}: {1}</source>
            <translation>已跳过 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <location filename="../../annotator/gui/summaries.py" />
            <source>failed {0}: {1}</source>
            <translation>未能导入 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>cancelled: the files not yet read were not imported</source>
            <translation>已取消：尚未读取的文件没有导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>cancelled: {0} was read to line {1} of {2}; the rest of it and the files after it were not imported (importing it again adds only what is missing)</source>
            <translation>已取消：{0} 读到第 {1} 行（共 {2} 行），其余各行和之后的文件没有导入（再次导入只会补上缺少的部分）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>cancelled: {0} was read to row {1} of {2}; the rest of it and the files after it were not imported (importing it again adds only what is missing)</source>
            <translation>已取消：{0} 读到第 {1} 行（共 {2} 行），其余各行和之后的文件没有导入（再次导入只会补上缺少的部分）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>stopped: the project could not be written to, so {0} file(s) after it were not tried; the documents imported before it are stored, each whole</source>
            <translation>已停止：无法写入标注工程，其后的 {0} 个文件没有尝试导入；此前导入的文档均已完整保存</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} line(s) to {1}</source>
            <translation>已将 {0} 行写入 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>note: {0} open suggestion(s) were left out; review them, or export the status suggested too</source>
            <translation>注意：{0} 条待审建议没有导出；请先审阅，或勾选“待审建议”一并导出</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>note: {0} span(s) are exported once for each annotator who marked them ({1}), so counts and sums take them more than once; ticking one annotator in Project › Export… exports one annotator's</source>
            <translation>注意：{0} 个标注由多名标注者标在同一处（{1}），每人一份都被导出，计数与求和会重复计算；在“标注工程 › 导出…”中只勾选一名标注者即可只导出其标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} row(s) to {1}</source>
            <translation>已将 {0} 行写入 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} task(s) to {1}</source>
            <translation>已将 {0} 个任务写入 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>Label Studio's labeling config for them: {0} (paste it in Label Studio's project settings, Labeling Interface, Code, before importing the tasks)</source>
            <translation>它们在 Label Studio 中所需的标注配置：{0}（导入任务前，请粘贴到 Label Studio 项目设置的 Labeling Interface 中的 Code 处）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} fact(s) to {1}</source>
            <translation>已将 {0} 条事实写入 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} document(s), {1} sentence(s) to {2}; warning: {3} span(s) inside or across a longer one left out (BIO has one tag a character)</source>
            <translation>已将 {0} 篇文档、{1} 个句子写入 {2}；注意：{3} 条位于更长标注之内或与之交叉的标注未写入（BIO 每个字只有一个标签）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} document(s), {1} sentence(s) to {2}</source>
            <translation>已将 {0} 篇文档、{1} 个句子写入 {2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0} document(s), {1} span(s) to {2}</source>
            <translation>已将 {0} 篇文档、{1} 个标注写入 {2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>wrote {0}: {1} annotation(s) in {2} document(s); {3} fact(s); {4}</source>
            <translation>已写入 {0}：{2} 篇文档中的 {1} 条标注；{3} 条事实；{4}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} document(s): {1} new suggestion(s) ({2})</source>
            <translation>{0} 篇文档：新增 {1} 条建议（{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} document(s): {1} new link suggestion(s) ({2})</source>
            <translation>{0} 篇文档：新增 {1} 条关联建议（{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} document(s): {1} new link suggestion(s)</source>
            <translation>{0} 篇文档：新增 {1} 条关联建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} new link suggestion(s)</source>
            <translation>新增 {0} 条关联建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} open suggestion(s) of an earlier model replaced by this model's</source>
            <translation>{0} 条先前模型的待审建议已由当前模型的建议取代</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>skipped {0} document(s) already suggested with these settings</source>
            <translation>已跳过 {0} 篇已按相同设置生成建议的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>the strings accepted since were looked for in {0} of them: {1} new suggestion(s)</source>
            <translation>在其中 {0} 篇中查找了此后接受的词串：新增 {1} 条建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is an SQLite database (an annotator project's project.sqlite?), not a document: open its folder as a project with Project › Open project…, or bring its coders' annotations in with Project › Coding team › Merge coders' work…</source>
            <translation>是 SQLite 数据库（annotator 标注工程的 project.sqlite？），不是文档：请用“标注工程 › 打开标注工程…”把其文件夹作为标注工程打开，或用“标注工程 › 团队协作 › 合并编码员的成果…”把其中编码员的标注并入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a PDF under another name: rename it to .pdf and import that</source>
            <translation>是改了扩展名的 PDF 文件：请将扩展名改回 .pdf 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>the file is empty (0 bytes)</source>
            <translation>文件是空的（0 字节）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is not a PDF (it does not start with %PDF-)</source>
            <translation>不是 PDF 文件（开头不是 %PDF-）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a damaged PDF: it is cut off before its end (a download that stopped?); download or save it again and import that</source>
            <translation>是损坏的 PDF：文件在结尾之前就断了（下载未完成？）；请重新下载或保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a damaged PDF that cannot be read ({0}); open it in a PDF reader, save or print it as a new PDF and import that</source>
            <translation>是无法读取的损坏 PDF（{0}）；请用 PDF 阅读器打开，另存或打印为新的 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a damaged PDF: its page {0} of {1} cannot be read ({2}); open it in a PDF reader, save or print it as a new PDF and import that</source>
            <translation>是损坏的 PDF：其第 {0} 页（共 {1} 页）无法读取（{2}）；请用 PDF 阅读器打开，另存或打印为新的 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is encrypted in a way this installation cannot read ({0}); install the 'cryptography' package, or save the PDF without protection</source>
            <translation>采用了本程序无法读取的加密方式（{0}）；请安装 'cryptography' 软件包，或将该 PDF 另存为不受保护的文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is protected by a password; open it in a PDF reader with its password, save or print it as a PDF without one (or copy its text into a .txt file) and import that</source>
            <translation>设有打开密码；请用 PDF 阅读器输入密码打开，另存或打印为不设密码的 PDF（或把其中的文字复制到 .txt 文件）后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>has no text layer ({0} page(s) of images: a scan?); run OCR on it first (e.g. ocrmypdf, or a PDF reader's 'recognise text'), or copy its text into a .txt file, and import that</source>
            <translation>没有文字层（{0} 页都是图像：扫描件？）；请先做文字识别（OCR，例如 ocrmypdf 或 PDF 阅读器的“识别文本”），或把其中的文字复制到 .txt 文件，再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>the same text is already in the project</source>
            <translation>标注工程中已有相同的文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>no such file or folder</source>
            <translation>没有这个文件或文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>no {0} or {1} file in it or its subfolders, only {2} file(s) of other programs ({3}): annotator reads plain text ({4}), Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files through LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import again, or convert many files at once on the command line: soffice --headless --convert-to docx *.doc</source>
            <translation>其中（包括子文件夹）没有 {0} 或 {1} 文件，只有 {2} 个其他程序的文件（{3}）：annotator 读取纯文本（{4}）、Word .docx、PDF、OFD 和网页（.html、.htm、.mht），.doc、.wps、.rtf 和 .odt 文件则通过 LibreOffice 读取，但本机未找到 LibreOffice：请安装 LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless --convert-to docx *.doc</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>no {0} or {1} file in it or its subfolders</source>
            <translation>其中（包括子文件夹）没有 {0} 或 {1} 文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is not a file</source>
            <translation>不是文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>holds no text (only white space)</source>
            <translation>没有文字（只有空白）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>the document holds no text</source>
            <translation>文档中没有文字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>looks like a binary file (it holds NUL bytes), not text</source>
            <translation>似乎是二进制文件（含有 NUL 字节），不是文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>looks like a binary file (control characters), not text</source>
            <translation>似乎是二进制文件（含有控制字符），不是文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>holds {0} NUL character(s), which no text holds (the first at line {1}, column {2}); remove them in a text editor and import it again</source>
            <translation>含有 {0} 个 NUL 字符（第一个在第 {1} 行第 {2} 列），文本中不应有；请在文本编辑器中删除后重新导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>cannot tell its encoding (not UTF-8, UTF-16, GB18030 or Big5)</source>
            <translation>无法判断其编码（不是 UTF-8、UTF-16、GB18030 或 Big5）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>cannot tell its encoding: it is not UTF-8, GB18030 or Big5 text, and it reads as UTF-16 ({0}) only by chance, it seems: it has no byte-order mark, nor the bytes of UTF-16 line ends, digits or punctuation — if you know its encoding, choose it when the import offers the readings, or save the file as UTF-8</source>
            <translation>无法判断其编码：它不是 UTF-8、GB18030 或 Big5 文本；按 UTF-16 能读作（{0}）似乎只是巧合：它没有字节顺序标记，也没有 UTF-16 换行符、数字或标点的字节——如果您知道它的编码，请在导入随后列出的各种读法中选择，或将文件另存为 UTF-8</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is not valid {0} (byte {1}: {2})</source>
            <translation>不是有效的 {0} 编码（字节 {1}：{2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is not {0} text (the encoding chosen: {1}): it does not decode as {2} (byte {3}: {4}); it reads as {5}: import it again with Project › Import files… without choosing an encoding for it</source>
            <translation>不是 {0} 文本（所选编码：{1}）：无法按 {2} 解码（字节 {3}：{4}）；按 {5} 可以读取：请用“标注工程 › 导入文件…”重新导入，不要为它选择编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is not {0} text (the encoding chosen: {1}): it does not decode as {2} (byte {3}: {4})</source>
            <translation>不是 {0} 文本（所选编码：{1}）：无法按 {2} 解码（字节 {3}：{4}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>starts with a {0} mark but is not valid {1} (byte {2})</source>
            <translation>以 {0} 编码标记开头，但不是有效的 {1} 编码（字节 {2}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>does not read as Chinese or Latin text in any encoding tried (UTF-8, GB18030, Big5, UTF-16); the best guess, {0}, gives {1}% unusual characters — if you know its encoding, choose it when the import offers the readings, or save the file as UTF-8</source>
            <translation>按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出中文或拉丁文本；最接近的 {0} 也有 {1}% 的字符不常见——如果您知道它的编码，请在导入随后列出的各种读法中选择，或将文件另存为 UTF-8</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>mixes encodings: it reads mostly as {0}, but holds UTF-8 text at byte {1} ({2}); save it in one encoding and import it again</source>
            <translation>混用了多种编码：大部分按 {0} 读取，但在字节 {1} 处含有 UTF-8 文本（{2}）；请以同一种编码保存后重新导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>ends in the middle of a character: it reads as {0} but its last {1} byte(s) are half of one, so the file seems cut off (a download or copy that stopped); copy or save it again whole and import that</source>
            <translation>在一个字符的中间结束：按 {0} 可以读取，但最后 {1} 个字节只是半个字符，文件似乎不完整（下载或复制中断）；请重新完整地复制或保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is not a valid .docx (not a zip archive)</source>
            <translation>不是有效的 .docx（不是 zip 压缩包）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a damaged .docx: its zip archive is cut off or corrupt; open it in Word or WPS (they can often repair it), save it again and import that</source>
            <translation>是损坏的 .docx：其 zip 压缩包不完整或已损坏；请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a password-protected Word document, or an old .doc named .docx; open it in Word or WPS, save it as .docx without a password and import that</source>
            <translation>是设有密码的 Word 文档，或改名为 .docx 的旧 .doc 文档；请用 Word 或 WPS 打开，另存为不设密码的 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>no article text found: the page holds no paragraphs of Chinese text (a login page, a list of links?); open the article's own page, save it and import that, or copy its text into a .txt file</source>
            <translation>未找到正文：该网页没有中文段落（登录页或链接列表？）；请打开文章本身的网页，保存后再导入，或将其文字复制到 .txt 文件后导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is no longer there (moved or deleted after the import started); nothing was read from it</source>
            <translation>已不在原处（导入开始后被移动或删除）；没有读取其中任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is {0}, not a file of text; nothing was read from it</source>
            <translation>是{0}，不是文本文件；没有读取其中任何内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>a folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>a named pipe (FIFO)</source>
            <translation>命名管道（FIFO）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>a socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>a device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>something other than a regular file</source>
            <translation>非普通文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>a symbolic link that leads back to itself (a loop)</source>
            <translation>指向自身的符号链接（循环）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a zip file but not a Word .docx document</source>
            <translation>是 zip 文件，但不是 Word .docx 文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>unpacks to {0} MB; refused as a possible zip bomb (limits: {1} MB in all, {2} MB of document text)</source>
            <translation>解压后有 {0} MB，可能是 zip 炸弹，已拒绝导入（上限：全部内容 {1} MB，正文 {2} MB）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a workbook: annotator reads documents from {0} and {1} files</source>
            <translation>是工作簿：annotator 只从 {0} 和 {1} 文件读取文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>not a web archive: no web page (a text/html part) in it; open the page in a browser, save it again as "Webpage, Single File" (.mht) or "Web page, complete" (.html) and import that</source>
            <translation>不是网页归档：其中没有网页（text/html 部分）；请在浏览器中打开该网页，重新保存为“网页，单个文件”（.mht）或“网页，全部”（.html）后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is annotations (JSON lines), not a document: they go in with Project › Import annotations…</source>
            <translation>是标注（JSON Lines），不是文档：标注请用“标注工程 › 导入标注…”导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is an old Office or WPS document under another name: save it as .docx (Word, WPS and LibreOffice can) or plain text and import that</source>
            <translation>是改了扩展名的旧版 Office 或 WPS 文档：请另存为 .docx（Word、WPS 和 LibreOffice 均可）或纯文本后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a Word .docx document under another name: rename it to .docx and import that</source>
            <translation>是改了扩展名的 Word .docx 文档：请将扩展名改回 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a zip archive, not text: unpack it and import its files</source>
            <translation>是 zip 压缩包，不是文本：请解压后导入其中的文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is a workbook: annotations exported by annotator go in with Project › Import annotations…</source>
            <translation>是工作簿：annotator 导出的标注请用“标注工程 › 导入标注…”导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>is {0} MB; files over {1} MB are refused (split it into smaller files)</source>
            <translation>大小为 {0} MB；超过 {1} MB 的文件不予导入（请拆分为较小的文件）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>its encoding was guessed as {0}, but it also reads as {1}; if its text looks wrong, choose the reading that looks right in the window that follows, and the file is imported again with it</source>
            <translation>其编码推测为 {0}，但按 {1} 也能读取；如果文字看起来不对，请在随后的窗口中选择读得正确的一种，文件将按它重新导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>read as {0}, but {1}% of its characters are unusual in Chinese or Latin text; if it is in another encoding, choose the reading that looks right in the window that follows, and the file is imported again with it</source>
            <translation>按 {0} 读取，但其中 {1}% 的字符在中文或拉丁文本中不常见；如果它是其他编码，请在随后的窗口中选择读得正确的一种，文件将按它重新导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>read as {0}, but {1}% of its characters are unusual in Chinese or Latin text; if it is in another encoding, remove the document and import the file again, choosing another reading when the import offers them; it reads as {2}</source>
            <translation>按 {0} 读取，但其中 {1}% 的字符在中文或拉丁文本中不常见；如果它是其他编码，请移除该文档并重新导入文件，在导入列出的读法中选择另一种；按 {2} 可以读取</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} district(s)</source>
            <translation>{0} 个地区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} project(s)</source>
            <translation>{0} 个项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} amount(s) totalling {1}</source>
            <translation>{0} 笔金额（合计 {1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} target(s)</source>
            <translation>{0} 个目标</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0} {1} span(s)</source>
            <translation>{0} 条{1}标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries.py" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_agreement.py" />
            <source>not compared: {0} span(s) ({1}) in no coder's layer, with no annotator name (made or imported without one, as a Label Studio export naming its coder by number alone: import it again with an annotator name in Project › Import annotations…)</source>
            <translation>未参与比较：{0} 条（{1}）标注不属于任何编码员的标注层，没有标注者姓名（制作或导入时未给出姓名，例如 Label Studio 导出文件只用编号标明编码员：请在“标注工程 › 导入标注…”中填写标注者姓名重新导入）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_agreement.py" />
            <source>{0} open suggestion(s) of the program are not a coder's work: not compared</source>
            <translation>程序的 {0} 条待审建议不是编码员的工作：未参与比较</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_agreement.py" />
            <source>agreement needs two coders; the spans ({0}) in {1} are by {2}; {3}</source>
            <translation>计算一致性需要两名编码员；{1} 中（{0}）的标注来自：{2}；{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_agreement.py" />
            <source>agreement needs two coders; the spans ({0}) in {1} are by {2}</source>
            <translation>计算一致性需要两名编码员；{1} 中（{0}）的标注来自：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_agreement.py" />
            <source>no spans ({0}) by {1} in {2}; they are by {3}</source>
            <translation>{2} 中没有 {1} 的标注（{0}）；标注来自：{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} text</source>
            <translation>纯文本 {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} Word</source>
            <translation>Word {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} web page(s)</source>
            <translation>网页 {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} PDF</source>
            <translation>PDF {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} OFD</source>
            <translation>OFD {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} WPS</source>
            <translation>WPS {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} RTF</source>
            <translation>RTF {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>{0} OpenDocument</source>
            <translation>OpenDocument {0} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_kinds.py" />
            <source>imported {0} document(s): {1}</source>
            <translation>已导入 {0} 篇文档：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_metadata.py" />
            <source>set {0} field(s) of {1} document(s) from {2} ({3} already as given) in {4}</source>
            <translation>已从 {2} 为 {1} 篇文档设置 {0} 个字段（{3} 个字段已与表中相同），标注工程：{4}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is not an OFD document (not a zip archive)</source>
            <translation>不是 OFD 文档（不是 zip 压缩包）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a damaged OFD document: its zip archive is cut off or corrupt; download or save it again and import that</source>
            <translation>是损坏的 OFD 文档：其 zip 压缩包不完整或已损坏；请重新下载或保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a zip archive but not an OFD document (no OFD.xml in it)</source>
            <translation>是 zip 压缩包，但不是 OFD 文档（其中没有 OFD.xml）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a damaged OFD document: its part {0} cannot be read ({1}); open it in an OFD reader, save it again or print it as a PDF, and import that</source>
            <translation>是损坏的 OFD 文档：无法读取其中的 {0}（{1}）；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a damaged OFD document: its part {0} is missing; open it in an OFD reader, save it again or print it as a PDF, and import that</source>
            <translation>是损坏的 OFD 文档：缺少其中的 {0}；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a damaged OFD document: its OFD.xml names no document (DocBody/DocRoot); open it in an OFD reader, save it again or print it as a PDF, and import that</source>
            <translation>是损坏的 OFD 文档：其 OFD.xml 未指明文档（DocBody/DocRoot）；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a damaged OFD document: its page {0} of {1} ({2}) is missing; open it in an OFD reader, save it again or print it as a PDF, and import that</source>
            <translation>是损坏的 OFD 文档：缺少第 {0} 页（共 {1} 页，{2}）；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is a damaged OFD document: its page {0} of {1} cannot be read ({2}); open it in an OFD reader, save it again or print it as a PDF, and import that</source>
            <translation>是损坏的 OFD 文档：无法读取第 {0} 页（共 {1} 页）（{2}）；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is an OFD document without pages (its document lists none); open it in an OFD reader, save it again or print it as a PDF, and import that</source>
            <translation>是没有页面的 OFD 文档（其文档未列出任何页面）；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>has no text ({0} page(s) of images: a scan?); print it as a PDF from an OFD reader and run OCR on that (e.g. ocrmypdf), or copy its text into a .txt file, and import that</source>
            <translation>没有文字（{0} 页都是图像：扫描件？）；请用 OFD 阅读器把它打印为 PDF，对其做文字识别（OCR，例如 ocrmypdf），或把其中的文字复制到 .txt 文件，再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>its text comes out garbled (its fonts map characters in a code of their own); print it as a PDF from an OFD reader and run OCR on that (e.g. ocrmypdf), or copy its text into a .txt file, and import that</source>
            <translation>读出的文字是乱码（其嵌入字体使用自定义编码）；请用 OFD 阅读器把它打印为 PDF，对其做文字识别（OCR，例如 ocrmypdf），或把其中的文字复制到 .txt 文件，再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>left out {0} of its {1} documents, which cannot be read; the first, document {2}: {3}</source>
            <translation>未导入其 {1} 个文档中无法读取的 {0} 个；第一个是第 {2} 个文档：{3}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_ofd.py" />
            <source>is an OFD document under another name: rename it to .ofd and import that</source>
            <translation>是改了扩展名的 OFD 文档：请把扩展名改为 .ofd 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>is {0}; annotator reads it through LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import again, or convert many files at once on the command line: soffice --headless --convert-to docx *{1}</source>
            <translation>是{0}；annotator 通过 LibreOffice 读取此类文件，但本机未找到 LibreOffice：请安装 LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless --convert-to docx *{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>an old Word document</source>
            <translation>旧版 Word 文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>a WPS document</source>
            <translation>金山 WPS 文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>a LibreOffice document</source>
            <translation>开放文档（ODT）文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>a rich-text document</source>
            <translation>富文本（RTF）文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>LibreOffice does not read this WPS document (it reads some Kingsoft WPS files, not all); open it in WPS Office, save it as .docx and import that</source>
            <translation>LibreOffice 读不了这个 WPS 文档（它只能读取部分金山 WPS 文件）；请用 WPS Office 打开，另存为 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>LibreOffice could not convert it (damaged, password-protected, or not a document); open it in Word, WPS or LibreOffice, save it as .docx and import that</source>
            <translation>LibreOffice 无法转换此文件（已损坏、设有密码或不是文档）；请用 Word、WPS 或 LibreOffice 打开，另存为 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>LibreOffice did not finish converting it within {0} seconds and was stopped; open it in Word, WPS or LibreOffice, save it as .docx and import that</source>
            <translation>LibreOffice 在 {0} 秒内未能转换完此文件，已被停止；请用 Word、WPS 或 LibreOffice 打开，另存为 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>LibreOffice did not read it as a document (its text came out as random characters: damaged, or not a {0} file); open it in Word, WPS or LibreOffice, save it as .docx and import that</source>
            <translation>LibreOffice 未能把它当作文档读取（转换出的文字是乱码：文件已损坏，或不是 {0} 文件）；请用 Word、WPS 或 LibreOffice 打开，另存为 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_office.py" />
            <source>LibreOffice ({0}) could not be started ({1})</source>
            <translation>无法启动 LibreOffice（{0}）（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_reflow.py" />
            <source>re-flowed {0} wrapped line(s) and removed {1} page-number or header line(s) in {2} document(s) laid out in pages (PDF, OFD)</source>
            <translation>已将 {2} 篇版式文档（PDF、OFD）中 {0} 处折行接回原段落，并删除 {1} 行页码或页眉</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_reflow.py" />
            <source>re-flowed {0} wrapped line(s) in {1} document(s) laid out in pages (PDF, OFD)</source>
            <translation>已将 {1} 篇版式文档（PDF、OFD）中 {0} 处折行接回原段落</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_reflow.py" />
            <source>removed {0} page-number or header line(s) in {1} document(s) laid out in pages (PDF, OFD)</source>
            <translation>已删除 {1} 篇版式文档（PDF、OFD）中 {0} 行页码或页眉</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_reflow.py" />
            <source>removed the spaces between the Chinese characters of {0} line(s) in {1} document(s) laid out in pages (PDF, OFD)</source>
            <translation>已删除 {1} 篇版式文档（PDF、OFD）中 {0} 行汉字之间的空格</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_rejected.py" />
            <source>note: {0} rejected span(s) and {1} rejected link(s) were left out: {2} has no rejected status, so they would come back accepted when the file is imported</source>
            <translation>注意：{0} 个已拒绝的标注和 {1} 条已拒绝的关联没有导出：{2} 没有“已拒绝”状态，导入时它们会变成已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_rejected.py" />
            <source>note: {0} rejected span(s) were left out: {1} has no rejected status, so they would come back accepted when the file is imported</source>
            <translation>注意：{0} 个已拒绝的标注没有导出：{1} 没有“已拒绝”状态，导入时它们会变成已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_rejected.py" />
            <source>note: {0} rejected link(s) were left out: {1} has no rejected status, so they would come back accepted when the file is imported</source>
            <translation>注意：{0} 条已拒绝的关联没有导出：{1} 没有“已拒绝”状态，导入时它们会变成已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_suggest_cancel.py" />
            <source>cancelled: the remaining documents were not looked at</source>
            <translation>已取消：其余文档未处理</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_suggest_cancel.py" />
            <source>cancelled: the strings accepted since were not looked for in {0} of the documents skipped; run again to look in them</source>
            <translation>已取消：跳过的文档中有 {0} 篇未查找此后接受的词串；再次运行即可在其中查找</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_suggest_cancel.py" />
            <source>cancelled: the links of the remaining documents were not suggested</source>
            <translation>已取消：其余文档未生成关联建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_word.py" />
            <source>holds content in another format (altChunk: {0}) that Word converts when it opens the file; open it in Word or WPS, save it as .docx and import that</source>
            <translation>含有另一种格式的内容（altChunk：{0}），Word 打开文件时才会转换；请用 Word 或 WPS 打开，另存为 .docx 后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_word.py" />
            <source>holds a Word document inside it (altChunk) that unpacks to too much to read</source>
            <translation>内嵌的 Word 文档（altChunk）解压后过大，无法读取</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_word.py" />
            <source>is damaged: a part it refers to (altChunk {0}) is missing; open it in Word or WPS, save it again and import that</source>
            <translation>已损坏：其引用的部件（altChunk {0}）缺失；请用 Word 或 WPS 打开，重新保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_word.py" />
            <source>is a damaged .docx: its part {0} is missing; open it in Word or WPS (they can often repair it), save it again and import that</source>
            <translation>是损坏的 .docx：缺少其部件 {0}；请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_word.py" />
            <source>is a damaged .docx: its part {0} cannot be read ({1}); open it in Word or WPS (they can often repair it), save it again and import that</source>
            <translation>是损坏的 .docx：其部件 {0} 无法读取（{1}）；请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/summaries_word.py" />
            <source>cannot read this .docx ({0})</source>
            <translation>无法读取此 .docx（{0}）</translation>
        </message>
    </context>
    <context>
        <name>LineReasons</name>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {0} of the line is not UTF-8): open the file in a text editor, save it as UTF-8 and try again</source>
            <translation>按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出文本（该行第 {0} 个字节不是 UTF-8）：请在文本编辑器中打开该文件，另存为 UTF-8 编码后再试</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>not valid JSON ({0} at column {1})</source>
            <translation>不是有效的 JSON（第 {1} 列有误）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>not valid JSON here (nested too deeply)</source>
            <translation>此处不是有效的 JSON（嵌套过深）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>not valid JSON here (a number of more than {0} digits)</source>
            <translation>此处不是有效的 JSON（数字超过 {0} 位）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>a line must be a JSON object</source>
            <translation>每一行都必须是一个 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>missing field {0}</source>
            <translation>缺少字段 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no document named {0} in the project</source>
            <translation>标注工程中没有名为 {0} 的文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}), a span the project held before this import ({8}): one annotator's spans of one label may not overlap; to keep both import the file with --annotator NAME, else reject that span first</source>
            <translation>{0} {1}（{2}-{3}）与{4} {5}（{6}-{7}）重叠，后者是本次导入前标注工程中已有的标注（{8}）：同一标注者同一标签的标注不能重叠；要两者都保留，请以编码员的名义导入该文件（命令行用 --annotator 姓名，窗口中填“导入标注”对话框的“标注者姓名”），否则请先拒绝那条已有的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>value must be a JSON object</source>
            <translation>字段 value 必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>label and text must be strings</source>
            <translation>字段 label 和 text 必须是字符串</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} must be a whole number, not {1}</source>
            <translation>字段 {0} 必须是整数，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>confidence must be a number from 0 to 1, not {0}</source>
            <translation>字段 confidence 必须是 0 到 1 之间的数，而不是 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>value's {0} must be a number a spreadsheet can hold, not {1}</source>
            <translation>value 的字段 {0} 必须是电子表格能容纳的数，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>text must be a non-empty string</source>
            <translation>字段 text 必须是非空字符串</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} must be a string, not {1}</source>
            <translation>字段 {0} 必须是字符串，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>text holds \r or a BOM; offsets would not match the stored text</source>
            <translation>字段 text 含有 \r 或 BOM（字节顺序标记），偏移量将与存储的文本不符</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} span(s): {1}</source>
            <translation>{0} 条标注：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>prediction {0}: {1}</source>
            <translation>第 {0} 个预标注：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} sheet: {1}</source>
            <translation>{0} 工作表：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no annotation with id {0} in this project (deleted since the export?)</source>
            <translation>本标注工程中没有 id 为 {0} 的标注（导出后已删除？）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no annotation with id {0} in this project</source>
            <translation>本标注工程中没有 id 为 {0} 的标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>id {0} appears again (first in row {1})</source>
            <translation>id {0} 再次出现（首次在第 {1} 行）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} must be a number, not {1}</source>
            <translation>字段 {0} 必须是数字，而不是 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} is empty</source>
            <translation>字段 {0} 为空</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>a district link needs the span it points to (to_label, to_start, to_end)</source>
            <translation>地区关联需要它所指向的标注（to_label、to_start、to_end）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>a project link needs the span it points to (to_label, to_start, to_end)</source>
            <translation>项目关联需要它所指向的标注（to_label、to_start、to_end）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>the {0} span at {1}-{2} was rejected or relabelled</source>
            <translation>位于 {1}-{2} 的 {0} 标注已被拒绝或改了标签</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no {0} span at {1}-{2} in {3} to link</source>
            <translation>{3} 中位于 {1}-{2} 处没有可关联的 {0} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} has no {1} span at {2}-{3} to link to</source>
            <translation>{0} 在 {2}-{3} 处没有可关联到的 {1} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>{0} has no {1} span at {2}-{3} to link</source>
            <translation>{0} 在 {2}-{3} 处没有可关联的 {1} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no {0} span at {1}-{2} to link to</source>
            <translation>位于 {1}-{2} 处没有可关联到的 {0} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no {0} span at {1}-{2} to link</source>
            <translation>位于 {1}-{2} 处没有可关联的 {0} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/line_reasons.py" />
            <source>no document {0} in this project (import its text first)</source>
            <translation>本标注工程中没有文档 {0}（请先导入其文本）</translation>
        </message>
    </context>
    <context>
        <name>AnnotationImportDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>Import annotations</source>
            <translation>导入标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>Annotations (*.xlsx *.jsonl *.json);;Workbooks exported by annotator (*.xlsx);;Gold and doccano JSON lines (*.jsonl);;Label Studio JSON export (*.json);;All files (*)</source>
            <translation>标注文件 (*.xlsx *.jsonl *.json);;annotator 导出的工作簿 (*.xlsx);;金标准与 doccano 的 JSON Lines 文件 (*.jsonl);;Label Studio 导出的 JSON (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>{0} file(s): {1}</source>
            <translation>{0} 个文件：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>&amp;Accepted</source>
            <translation>已接受(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>The spans count as reviewed: for a colleague's corrections or gold data.</source>
            <translation>导入的标注算作已审核：适用于同事改正过的工作簿或金标准数据。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>&amp;Suggested</source>
            <translation>待审建议(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>The spans are open suggestions, to be accepted or rejected one by one.</source>
            <translation>导入的标注作为待审建议，需逐条接受或拒绝。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>Annotator &amp;name:</source>
            <translation>标注者姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>Stored with each imported span (empty: a workbook's rows keep the names in its annotator column).</source>
            <translation>与每条导入的标注一起保存（留空：工作簿各行保留其标注者列中的姓名）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>Your own name: the spans are your own work, yours to edit in place.</source>
            <translation>您自己的姓名：这些标注是您自己的成果，可直接编辑。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/annotation_import_dialog.py" />
            <source>Another name than yours: the spans are {0}'s, a coder's, kept as {0} left them (your edits go to a copy of your own; Project › Coding team › Coders… lists the coders).</source>
            <translation>他人的姓名：这些标注属于编码员 {0}，保持 {0} 留下时的原样（您的修改保存在您自己的副本中；“标注工程 › 团队协作 › 编码员…”列出各位编码员）。</translation>
        </message>
    </context>
    <context>
        <name>CodersDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>merged</source>
            <translation>合并带入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>imported under their name</source>
            <translation>以其姓名导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>in a package</source>
            <translation>随标注包带入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>found when the project was upgraded</source>
            <translation>工程升级时识别</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>added by name</source>
            <translation>按姓名添加</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Coders</source>
            <translation>编码员</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Coder</source>
            <translation>编码员</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Came in</source>
            <translation>加入方式</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Open</source>
            <translation>待审</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>The coders of {0}: their spans stay as they left them, your edits of them going to a copy of your own. A coder removed keeps their spans, which are then yours to edit in place.</source>
            <translation>{0} 的编码员：其标注保持他们留下时的原样，您对这些标注的修改保存在您自己的副本中。移除某位编码员后，其标注仍然保留，此后可由您直接编辑。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} has no coders: merging their copies (Merge coders' work…), importing a file under their name or Add… records them.</source>
            <translation>{0} 还没有编码员：合并他们的副本（“合并编码员的成果…”）、以其姓名导入文件或点击“添加…”即可记录编码员。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Other annotator names, no coder's (edited in place): {0}</source>
            <translation>其他标注者姓名（不是编码员，可直接编辑）：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} ({1} span(s))</source>
            <translation>{0}（{1} 条标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>no name</source>
            <translation>无姓名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Coders not changed</source>
            <translation>编码员未更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} is no coder now: another program took them off meanwhile.</source>
            <translation>{0} 已不再是编码员：另一程序已在此期间将其移除。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} is no coder now: their {1} span(s) stay where they are, in the layer {0}, yours to edit in place.</source>
            <translation>{0} 已不再是编码员：其 {1} 条标注仍留在原处（{0} 的标注层），现在可由您直接编辑。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} is no coder now (no span of theirs).</source>
            <translation>{0} 已不再是编码员（其名下没有标注）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} is a coder already.</source>
            <translation>{0} 已是编码员。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} is a coder now: their {1} span(s) stay as {0} left them, your edits of them going to a copy of your own.</source>
            <translation>{0} 现在是编码员：其 {1} 条标注保持 {0} 留下时的原样，您对这些标注的修改保存在您自己的副本中。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>{0} is a coder now; no span holds that name yet (a merge or an import under it brings theirs).</source>
            <translation>{0} 现在是编码员；目前还没有该姓名的标注（合并或以该姓名导入后即带入其标注）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Add a coder</source>
            <translation>添加编码员</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>The annotator name of the coder's spans:</source>
            <translation>编码员标注所用的标注者姓名：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/coders_dialog.py" />
            <source>Another program changed the project: the coders are shown as they are now.</source>
            <translation>另一个程序修改了标注工程：编码员按现在的情况显示。</translation>
        </message>
    </context>
    <context>
        <name>EncodingDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>Choose the encoding of {0}</source>
            <translation>选择 {0} 的编码</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>{0} was imported read as {1}, but it also reads in another encoding. Each reading below shows its first line as it would read; if another one reads right, choose it and Import again: the document is replaced by the file read that way, in one step. Its accepted spans whose text the new reading still holds are kept (moved with it where text was added or removed); you are asked before any other accepted span is removed.</source>
            <translation>{0} 已按 {1} 读取导入，但按其他编码也能读取。下面每种读法都列出了按它读出的第一行；如果另一种读得正确，请选择它并点“重新导入”：该文档将一步替换为按所选编码读取的文件。新读取的文本中仍有其文字的已接受标注会保留（前面增删了文字的，随文字移动）；若有其他已接受标注将被移除，会先询问您。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>Import again</source>
            <translation>重新导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>Keep it</source>
            <translation>保留原样</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>The encoding of {0} could not be told. Each reading below shows its first line as it would read; choose the one that reads right to import it, or Skip.</source>
            <translation>无法判断 {0} 的编码。下面每种读法都列出了按它读出的第一行；请选择读得正确的一种来导入，或点“跳过”。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>Use it for the other {0} file(s) whose encoding could not be told</source>
            <translation>也用于其余 {0} 个无法判断编码的文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/encoding_dialog.py" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
    </context>
    <context>
        <name>ImportAgain</name>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <location filename="../../annotator/gui/import_again.py" />
            <location filename="../../annotator/gui/import_again.py" />
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Import again</source>
            <translation>重新导入</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>reads the same with {0}; the document was left as it is</source>
            <translation>按 {0} 读取的结果与原来相同，文档保持原样</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>read with {0} it gives the text of {1}, already in the project; the document was left as it is</source>
            <translation>按 {0} 读取得到的是 {1} 的文本，该文本已在标注工程中，文档保持原样</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Importing {0} again read as {1} keeps {2} of its {3} accepted span(s): those whose text the new reading still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) would be removed, with their links, as would its open suggestions and the rejected ones whose text changed.

Import it again?</source>
            <translation>按 {1} 重新导入 {0} 将保留其 {3} 个已接受标注中的 {2} 个（新读取的文本中仍有其文字的标注；前面增删了文字的，随文字移动）。其余 {4} 个已接受标注将连同其关联被移除，待审的建议以及文字已改变的已拒绝建议也会被移除。

确定重新导入吗？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} imported again read as {1}: {2} accepted span(s) kept, {3} span(s) removed.</source>
            <translation>已按 {1} 重新导入 {0}：保留 {2} 个已接受标注，移除 {3} 个标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Open the document to import again first.</source>
            <translation>请先打开要重新导入的文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Reading {0}</source>
            <translation>正在读取 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} reads the same from its file: nothing was changed.</source>
            <translation>重新读取 {0} 的结果与原来相同：没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} reads the same from {1}: nothing was changed.</source>
            <translation>从 {1} 读取的 {0} 与原来相同：没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Importing {0} again from its file keeps {2} of its {3} accepted span(s): those whose text the new reading still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) would be removed, with their links, as would its open suggestions and the rejected ones whose text changed.

Import it again?</source>
            <translation>从其文件重新导入 {0} 将保留其 {3} 个已接受标注中的 {2} 个（新读取的文本中仍有其文字的标注；前面增删了文字的，随文字移动）。其余 {4} 个已接受标注将连同其关联被移除，待审的建议以及文字已改变的已拒绝建议也会被移除。

确定重新导入吗？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} imported again from its file: {2} accepted span(s) kept, {3} span(s) removed.</source>
            <translation>已从其文件重新导入 {0}：保留 {2} 个已接受标注，移除 {3} 个标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Importing {0} again from {1} keeps {2} of its {3} accepted span(s): those whose text the new reading still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) would be removed, with their links, as would its open suggestions and the rejected ones whose text changed.

Import it again?</source>
            <translation>从 {1} 重新导入 {0} 将保留其 {3} 个已接受标注中的 {2} 个（新读取的文本中仍有其文字的标注；前面增删了文字的，随文字移动）。其余 {4} 个已接受标注将连同其关联被移除，待审的建议以及文字已改变的已拒绝建议也会被移除。

确定重新导入吗？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} imported again from {1}: {2} accepted span(s) kept, {3} span(s) removed.</source>
            <translation>已从 {1} 重新导入 {0}：保留 {2} 个已接受标注，移除 {3} 个标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} was imported from {1}, which is no longer there: choose its file</source>
            <translation>{0} 导入自 {1}，该文件已不在原处：请选择它的文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Choose the file to import {0} again from</source>
            <translation>选择用来重新导入 {0} 的文件</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Articles ({0});;All files (*)</source>
            <translation>文章 ({0});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>Importing {0} again</source>
            <translation>正在重新导入 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <source>{0} was not imported again; the document is as it was: {1}</source>
            <translation>{0} 未重新导入，文档保持原样：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again.py" />
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>The undo history was cleared; the automatic backup keeps what was there before.</source>
            <translation>撤销记录已清空；自动备份中保留着移除之前的内容。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Importing {0} documents again</source>
            <translation>正在重新导入 {0} 篇文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>{0} of the {1} documents' files are not where they were imported from (the folder moved, or they were deleted). Look for them in another folder?</source>
            <translation>{1} 篇文档中有 {0} 篇的文件已不在导入时的位置（文件夹已移动，或文件已删除）。要在另一个文件夹中查找吗？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Choose the folder the files moved to</source>
            <translation>选择文件移动到的文件夹</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>{0}: {1} of its {2} accepted span(s) would be lost</source>
            <translation>{0}：其 {2} 个已接受标注中的 {1} 个将被移除</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>… and {0} more document(s)</source>
            <translation>……另有 {0} 篇文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>{0} document(s) would lose accepted spans: their text changed in the file. Importing them again keeps the accepted spans whose text the new reading still holds and removes the others, with their links, as well as their open suggestions and the rejected ones whose text changed:

{1}

Replace them anyway?</source>
            <translation>{0} 篇文档会失去已接受标注：文件中这些标注的文字已改变。重新导入会保留新读取的文本中仍有其文字的已接受标注，移除其余标注及其关联，待审的建议以及文字已改变的已拒绝建议也会被移除：

{1}

仍要替换这些文档吗？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>{0} document(s) imported again ({1} of {2} accepted span(s) kept), {3} read the same, {4} with the source file missing, {5} left as they were.</source>
            <translation>已重新导入 {0} 篇文档（保留 {2} 个已接受标注中的 {1} 个），{3} 篇读取结果与原来相同，{4} 篇源文件缺失，{5} 篇保持原样。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>{0} of them read from another folder, their source files recorded there.</source>
            <translation>其中 {0} 篇从另一个文件夹读取，其源文件已记录为该处的文件。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Cancelled: {0} document(s) not imported again; those replaced before stay replaced.</source>
            <translation>已取消：{0} 篇文档未重新导入；取消前已替换的文档不会还原。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Source file missing:</source>
            <translation>源文件缺失：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Not imported again:</source>
            <translation>未重新导入：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>Left as they were (accepted spans would have been lost):</source>
            <translation>保持原样（否则会失去已接受标注）：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>{0}: {1} of its {2} accepted span(s)</source>
            <translation>{0}：其 {2} 个已接受标注中的 {1} 个</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/import_again_many.py" />
            <source>What an import says of their new reading:</source>
            <translation>导入对其新读取结果的说明：</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>the project before a restore</source>
            <translation>恢复前的标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic, before the session's first change</source>
            <translation>自动，本次会话第一次修改之前</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic, when the project was opened</source>
            <translation>自动，打开标注工程时</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic, hourly while editing</source>
            <translation>自动，编辑期间每小时</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic, right before a merge</source>
            <translation>自动，合并之前一刻</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic, before updating the project to schema {0}</source>
            <translation>自动，将标注工程升级到第 {0} 版结构之前</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic ({0})</source>
            <translation>自动（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>{0} KB</source>
            <translation>{0} KB</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>Backups of {0}, the newest first. The one you choose replaces the project's database; what it holds now is kept as a backup first.</source>
            <translation>{0} 的备份，最新的在前。所选备份将替换标注工程的数据库；当前内容会先保存为一个备份。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>{0} has no backups yet.</source>
            <translation>{0} 还没有备份。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>Made</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/dialogs/restore_dialog.py" />
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
    </context>
    <context>
        <name>EmptyHint</name>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>No project is open.

Project › New project… (Ctrl+N) makes one; Project › Open project… (Ctrl+O) opens one, as does a project folder dropped on the window.</source>
            <translation>没有打开的标注工程。

标注工程 › 新建标注工程…（Ctrl+N）可新建一个；标注工程 › 打开标注工程…（Ctrl+O）可打开一个，把标注工程文件夹拖到窗口上也能打开。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>To try one first: Help › Open the demo project.</source>
            <translation>想先试用一个：帮助 › 打开示例标注工程。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>This document holds no text.</source>
            <translation>本文档没有文字。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>Reading the project's documents…</source>
            <translation>正在读取标注工程的文档…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>This project has no documents yet.

Project › Import files… (Ctrl+I) or Import folder… brings articles in ({0}); files dropped on the window are imported too.</source>
            <translation>本标注工程还没有文档。

标注工程 › 导入文件…（Ctrl+I）或导入文件夹…可导入文章（{0}）；拖到窗口上的文件也会被导入。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>Choose a document in the list on the left.</source>
            <translation>请在左侧列表中选择一篇文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/empty_hint.py" />
            <source>Article</source>
            <translation>正文</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>From your reports to a workbook:</source>
            <translation>从您的报告到 Excel 工作簿：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>1. Project › New project… (Ctrl+N): a folder that will hold your work.</source>
            <translation>1. 标注工程 › 新建标注工程…（Ctrl+N）：选一个文件夹保存您的工作。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>2. Project › Import files… (Ctrl+I) or Import folder…: your reports (.txt, .docx, .pdf, .ofd, web pages).</source>
            <translation>2. 标注工程 › 导入文件…（Ctrl+I）或导入文件夹…：导入您的报告（.txt、.docx、.pdf、.ofd、网页）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>3. Project › Run suggestions (F5): the program proposes districts, projects, amounts and targets, underlined in the article (with Suggest on import checked, at once).</source>
            <translation>3. 标注工程 › 运行自动建议（F5）：程序提出地区、项目、金额和目标的建议，在文章中以下划线标出（勾选了“导入时自动建议”时，导入后立即提出）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>4. Review them: N goes to the next suggestion, A or Enter accepts it, X rejects it; select text and press 1–4 to label it yourself. The form on the right corrects a value (an amount's yuan, a district's code).</source>
            <translation>4. 审阅建议：N 转到下一条建议，A 或 Enter 接受，X 拒绝；选中文字后按 1–4 可自行标注。右侧的表单可更正取值（金额的元数、地区的区划代码）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>5. Ctrl+D marks a document done.</source>
            <translation>5. Ctrl+D 把文档标记为已完成。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>6. Project › Export… (Ctrl+E): an Excel workbook of the accepted spans.</source>
            <translation>6. 标注工程 › 导出…（Ctrl+E）：把已接受的标注导出为 Excel 工作簿。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>F1 shows the annotation guide of the label under the cursor; a report already annotated: Help › Open the demo project.</source>
            <translation>F1 显示光标处标签的标注指南；帮助 › 打开示例标注工程 可查看一篇已标注好的报告。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/first_steps.py" />
            <source>First steps</source>
            <translation>入门步骤</translation>
        </message>
    </context>
    <context>
        <name>KeptWhere</name>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>annotator writes it there with a rollback journal instead (saving is slower).</source>
            <translation>因此 annotator 在那里改用回滚日志写入它（保存会慢一些）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>Another program has it open, so it is still written with the write-ahead log, which is damaged when that program runs on another computer.</source>
            <translation>另一个程序正打开着它，所以这次仍以预写日志写入；若那个程序运行在另一台电脑上，标注工程会被损坏。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>Project on a network share</source>
            <translation>标注工程位于网络共享上</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>{0} is on a network share ({1}).</source>
            <translation>{0} 位于网络共享上（{1}）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>SQLite's write-ahead log does not work over a network, and file locks on a share often fail: two computers writing this project can damage it.</source>
            <translation>SQLite 的预写日志（WAL）无法在网络上使用，共享盘上的文件锁也常常失效：两台电脑同时写入此标注工程可能将其损坏。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>Keep the project on this computer's disk and hand work over with Project › Coding team › Hand out a package… and Merge coders' work…, or let one computer at a time open it.</source>
            <translation>请把标注工程放在本机磁盘上，用“标注工程 › 团队协作 › 分发标注包…”和“合并编码员的成果…”交接工作，或每次只让一台电脑打开它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>Project in a synced folder</source>
            <translation>标注工程位于云同步文件夹中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>{0} is in a cloud-synced folder ({1}).</source>
            <translation>{0} 位于云同步文件夹中（{1}）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>The sync copies project.sqlite and its -wal file at different moments and does not merge edits made on two computers: the project can be left damaged or rolled back.</source>
            <translation>同步程序会在不同时刻分别复制 project.sqlite 及其 -wal 文件，也不会合并两台电脑上各自做的修改：标注工程可能因此损坏或退回到较早的状态。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>Keep the project on this computer's disk, outside {0}, and hand work over with Project › Coding team › Hand out a package… and Merge coders' work…, or close it on one computer and let the sync finish before opening it on another.</source>
            <translation>请把标注工程放在本机磁盘上 {0} 以外的位置，用“标注工程 › 团队协作 › 分发标注包…”和“合并编码员的成果…”交接工作；或在一台电脑上关闭它、等同步完成后，再在另一台电脑上打开。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>{0} was marked shared on the command line (annotator shared).</source>
            <translation>{0} 已在命令行中被标记为共享（annotator shared）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>{0} has been opened over a network share ({1}), from another computer say.</source>
            <translation>{0} 曾通过网络共享（{1}）打开过，例如从另一台电脑上。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>So annotator writes it with a rollback journal on this computer too, not the write-ahead log (saving is slower): a computer that has it open over the share would not see this computer's write-ahead log and would damage the project.</source>
            <translation>因此 annotator 在本机也以回滚日志而非预写日志写入它（保存会慢一些）：通过共享打开着它的电脑看不到本机的预写日志，会将标注工程损坏。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>So annotator writes it with a rollback journal from the next opening with no other program in it (one has it open with the write-ahead log now): a computer that has it open over the share would not see this computer's write-ahead log and would damage the project.</source>
            <translation>因此 annotator 将从下一次没有其他程序打开它时起以回滚日志写入它（现在有一个程序正以预写日志打开着它）：通过共享打开着它的电脑看不到本机的预写日志，会将标注工程损坏。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>Project opened over a network share</source>
            <translation>标注工程曾通过网络共享打开</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/kept_where.py" />
            <source>When no computer opens it over a share any more, annotator shared {0} --not, typed on the command line, gives it back the write-ahead log.</source>
            <translation>当不再有电脑通过共享打开它时，在命令行中输入 annotator shared {0} --not 可让它重新使用预写日志。</translation>
        </message>
    </context>
    <context>
        <name>LockWait</name>
        <message>
            <location filename="../../annotator/gui/lock_wait.py" />
            <source>Waiting for another program that is writing to {0} (annotator on the command line, or another window); this edit is saved as soon as it has finished…</source>
            <translation>正在等待另一个程序写完标注工程 {0}（命令行中的 annotator 或另一个窗口）；它一结束，这次修改就会保存……</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>refused {0}: none of its {1} document(s) ({2}) is in the project (a package of another project?): nothing of it merged; merging it with Documents of another project: add them ticked (Project › Coding team › Merge coders' work…) adds them all the same</source>
            <translation>已拒绝 {0}：其 {1} 篇文档（{2}）都不在本标注工程中（是另一个工程的标注包？）：未合并其任何内容；若确需合并，请在“标注工程 › 团队协作 › 合并编码员的成果…”中勾选“另一个工程的文档：添加这些文档”</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>from {0}: {1} document(s) added, {2} matched; {3} span(s) added ({4}), {5} already there; {6} link(s) added, {7} already there or in conflict</source>
            <translation>来自 {0}：新增 {1} 篇文档，{2} 篇与已有文档相同；新增 {3} 个标注（{4}），{5} 个已存在；新增 {6} 个关联，{7} 个已存在或有冲突</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>from {0}: {1} document(s) added, {2} matched; {3} span(s) added, {4} already there; {5} link(s) added, {6} already there or in conflict</source>
            <translation>来自 {0}：新增 {1} 篇文档，{2} 篇与已有文档相同；新增 {3} 个标注，{4} 个已存在；新增 {5} 个关联，{6} 个已存在或有冲突</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>merged {0} source(s) into {1}: {2} document(s) and {3} span(s) added</source>
            <translation>已将 {0} 个来源合并到 {1}：新增 {2} 篇文档和 {3} 个标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} holds no accepted or rejected span (open suggestions stay behind): not coded yet, or the package as it was handed out?</source>
            <translation>  {0} 中没有已接受或已拒绝的标注（待审建议不会合并）：尚未标注，或是原样交回的标注包？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  labels added: {0}</source>
            <translation>  新增标签：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  label {0} of {1} is {2} here (the same label under another name): its spans are merged as {3}</source>
            <translation>  {1} 的标签 {0} 即此处的 {2}（同一标签，名称不同）：其标注以 {2} 合并</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  none of the documents of {0} was in the project (a package of another project?): {1} added ({2}); Project › Remove document(s)… takes them out</source>
            <translation>  {0} 的文档都不在本标注工程中（是另一个工程的标注包？）：新增 {1} 篇（{2}）；“标注工程 › 移除文档…”可将其移除</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  documents not in the project, {0} added ({1}): removed there since {2} was made? Project › Remove document(s)… takes them out</source>
            <translation>  本标注工程原先没有的文档，新增 {0} 篇（{1}）：是在 {2} 制作之后从这里删除的吗？“标注工程 › 移除文档…”可将其移除</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} span(s) had no annotator name: stored as '{1}' (the source's name)</source>
            <translation>  {0} 个标注没有标注者姓名：以“{1}”（来源的名称）保存</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  the same spans of {0} as {1} (given twice?): nothing added</source>
            <translation>  {0} 的标注与 {1} 中的相同（重复提供？）：未添加</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} is a project of an older annotator (schema {1}): read from a copy, its folder left as it was (its coder's annotator still opens it)</source>
            <translation>  {0} 是旧版 annotator 的标注工程（架构 {1}）：从副本读取，其文件夹保持原样（编码员的 annotator 仍能打开）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  annotator {0} stored as {1} here (Rename coders)</source>
            <translation>  标注者 {0} 在此存为 {1}（改名）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} has no label {1} (renamed there as {2}? its spans are here under that name): its coder could mark none, so the agreement counts none of their {3} spans</source>
            <translation>  {0} 没有标签 {1}（在那里改名为 {2}？其标注在此以该名称保存）：其编码员无法标注它，因此一致性不计其 {3} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} has no label {1}: its coder could mark none, so the agreement counts none of their {2} spans</source>
            <translation>  {0} 没有标签 {1}：其编码员无法标注它，因此一致性不计其 {2} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  document {0} is {1} here (the same text)</source>
            <translation>  文档 {0} 在此为 {1}（文本相同）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  document {0}: its text differs from {1} here; added as {2} (its spans are there)</source>
            <translation>  文档 {0}：其文本与此处的 {1} 不同；已作为 {2} 添加（其标注在那里），一致性不把二者放在一起比较</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  refused in {0}: {1}</source>
            <translation>  在 {0} 中被拒绝：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise there since an earlier merge): left as they are (a corrected copy? merge it again with Corrected copies, sent again ticked to take its version)</source>
            <translation>  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（自上次合并后在那里被删除、改标签、移动或另作裁定）：保持不变（是更正后的副本？再次合并时勾选“更正后的副本，再次发回”即可采用其版本）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} span(s) of {1} here that {2} no longer holds as they are (deleted, relabelled, moved or decided otherwise there) replaced by its version (Corrected copies, sent again)</source>
            <translation>  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（在那里被删除、改标签、移动或另作裁定）：已替换为其版本（更正后的副本，再次发回）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} is older than what is here for {1} in {2} document(s) ({3}): spans or links of theirs here were changed or deleted after its last change to them; nothing of theirs merged there, what is here kept as it is</source>
            <translation>  对 {1} 而言，{0} 比此处的版本旧（共 {2} 篇文档：{3}）：此处其标注或关联的修改或删除晚于该副本中对它们的最后一次修改；这些文档中未合并其任何内容，此处的保持不变</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} is older than what is here for {1} in {2} document(s): spans or links of theirs here were changed or deleted after its last change to them; nothing of theirs merged there, what is here kept as it is</source>
            <translation>  对 {1} 而言，{0} 比此处的版本旧（共 {2} 篇文档）：此处其标注或关联的修改或删除晚于该副本中对它们的最后一次修改；这些文档中未合并其任何内容，此处的保持不变</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): left as they are (a corrected copy? merge it again with Corrected copies, sent again ticked to take its version)</source>
            <translation>  此处 {1} 的 {0} 个关联不在 {2} 中（自上次合并后在那里被删除或改连）：保持不变（是更正后的副本？再次合并时勾选“更正后的副本，再次发回”即可采用其版本）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): left as they are</source>
            <translation>  此处 {1} 的 {0} 个关联不在 {2} 中（自上次合并后在那里被删除或改连）：保持不变</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} link(s) of its coders here that {1} no longer holds replaced by its links (Corrected copies, sent again)</source>
            <translation>  此处其编码员的 {0} 个关联在 {1} 中已不存在：已替换为其关联（更正后的副本，再次发回）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise there since an earlier merge): left as they are</source>
            <translation>  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（自上次合并后在那里被删除、改标签、移动或另作裁定）：保持不变</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  annotator {0} came from {1} too: their spans are one layer here (two people of one name? take this merge back (Project › Restore from a backup…: the backup of {2}, made right before it) and merge {3} alone with {4}=ANOTHER_NAME in Rename coders (Project › Coding team › Merge coders' work…))</source>
            <translation>  标注者 {0} 也来自 {1}：其标注在此合为一层（两个同名的人？请撤回这次合并（标注工程 › 从备份恢复…：选 {2} 的备份，即合并前一刻所做），再单独合并 {3}，并在“合并编码员的成果”的“改名”一栏填写 {4}=另一个名字）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} brought annotator(s) {1}, not among the project's coders; coder(s) {2} hold no span here: a copy whose coder gave another name (their window's Preferences, or --annotator on the command line)?</source>
            <translation>  {0} 带来了标注者 {1}，不在本工程的编码员之中；编码员 {2} 在此没有任何标注：副本的编码员用了另一个名字（其窗口的“首选项”，或命令行中的 --annotator）？</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  annotator {0} stored as {1} here: {2} was handed out to {3} (the coder named in Hand out a package…); merged with {4} in Rename coders (Project › Coding team › Merge coders' work…) it keeps its name</source>
            <translation>  标注者 {0} 在此存为 {1}：{2} 是发给 {3} 的标注包（分发标注包时填写的编码员）；若要保留原名，合并时在“标注工程 › 团队协作 › 合并编码员的成果…”的“改名”一栏填写 {4}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  {0} was handed out to {1}, but its spans carry annotator(s) {2}: merged under those names (is one of them {3}? merge it with NAME={4} in Rename coders (Project › Coding team › Merge coders' work…))</source>
            <translation>  {0} 是发给 {1} 的标注包，但其标注属于标注者 {2}：已按这些名字合并（其中有 {3} 吗？合并时在“标注工程 › 团队协作 › 合并编码员的成果…”的“改名”一栏填写 名字={4}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/merge_report.py" />
            <source>  to store them under a coder's name, take this merge back (Project › Restore from a backup…: the backup of {1}, made right before it) and merge the same work again with {0} in Rename coders (Project › Coding team › Merge coders' work…)</source>
            <translation>  要把这些标注存到编码员名下：请撤回这次合并（标注工程 › 从备份恢复…：选 {1} 的备份，即合并前一刻所做），再合并同样的成果，并在“改名”一栏填写 {0}（标注工程 › 团队协作 › 合并编码员的成果…）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>&amp;Coding team</source>
            <translation>团队协作(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>&amp;Hand out a package…</source>
            <translation>分发标注包(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>&amp;Open a package…</source>
            <translation>打开标注包(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>&amp;Merge coders' work…</source>
            <translation>合并编码员的成果(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>&amp;Coders…</source>
            <translation>编码员(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Hand out a package</source>
            <translation>分发标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <location filename="../../annotator/gui/team.py" />
            <source>Packages (*.zip)</source>
            <translation>标注包 (*.zip)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Handing out</source>
            <translation>正在生成标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>, {0} span(s) and {1} link(s)</source>
            <translation>，{0} 个标注和 {1} 个关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Wrote {0}: a project of {1} document(s){2}.

Send it to the coder; they open it with Project › Coding team › Open a package… (or, on the command line: annotator open-package {3} FOLDER), and you bring their work back with Project › Coding team › Merge coders' work….</source>
            <translation>已写入 {0}：一个包含 {1} 篇文档{2}的标注工程。

请把它发给编码员；编码员用“标注工程 › 团队协作 › 打开标注包…”打开（或在命令行中运行：annotator open-package {3} 文件夹），您再用“标注工程 › 团队协作 › 合并编码员的成果…”把成果合并回来。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Open a package</source>
            <translation>打开标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Unpacking {0}…</source>
            <translation>正在解压 {0}…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Opening the package</source>
            <translation>正在打开标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Cannot open the package</source>
            <translation>无法打开标注包</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>{1} already holds the project of the package {0} (opened before): nothing was unpacked, it is open as it was. When done, send that folder (or a zip of it) back.</source>
            <translation>{1} 中已有标注包 {0} 的标注工程（之前已打开过）：未解压任何内容，已按原样打开。标注完成后，请把这个文件夹（或其 zip 压缩包）交回。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Opened the package {0} as the project {1}. When done, send that folder (or a zip of it) back.</source>
            <translation>已将标注包 {0} 打开为标注工程 {1}。标注完成后，请把这个文件夹（或其 zip 压缩包）交回。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>This package was handed out to {0}: the lead merges your work under that name.</source>
            <translation>这个标注包是分发给 {0} 的：负责人会以这个名字合并您的成果。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Merge the work of {0} coder project(s) into {1}?

Their accepted and rejected spans and their links come in under their annotator names; nothing here is overwritten, and merging the same work again adds nothing. A merge is not undone with Undo: a backup made right before it brings the project back as it was (Project › Restore from a backup… lists it as made right before a merge).</source>
            <translation>将 {0} 个编码员工程的成果合并到 {1}？

他们已接受和已拒绝的标注及其关联以各自的标注者姓名并入；这里的内容不会被覆盖，再次合并同样的成果不会重复添加。合并无法用“撤销”撤回：合并前一刻所做的备份可以把标注工程恢复原样（“标注工程 › 从备份恢复…”中其类型为“自动，合并之前一刻”）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Merging</source>
            <translation>正在合并</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/team.py" />
            <source>Merged into {0}:</source>
            <translation>已合并到 {0}：</translation>
        </message>
    </context>
    <context>
        <name>RegionModel</name>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>{0} ({1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>no value</source>
            <translation>无值</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>Decision</source>
            <translation>裁定结果</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>did not code this document</source>
            <translation>未编码此文档</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>only {0} coded</source>
            <translation>仅 {0} 标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>agreed, not taken</source>
            <translation>一致，尚未采纳</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>open</source>
            <translation>待裁定</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>none of them</source>
            <translation>都不采纳</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>edited: </source>
            <translation>已修改：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/models/regions.py" />
            <source>version of </source>
            <translation>采纳：</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <location filename="../../annotator/gui/read_only.py" />
            <source>Read-only: changes cannot be saved</source>
            <translation>只读：无法保存更改</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/read_only.py" />
            <source>{0} is on a disk or in a folder that cannot be written, so the window only shows it. To edit it, copy the project folder to a writable place and open the copy.</source>
            <translation>{0} 位于无法写入的磁盘或文件夹中，因此窗口只显示其内容。如需编辑，请把标注工程文件夹复制到可写入的位置，再打开副本。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/read_only.py" />
            <source>The project is read-only: this is shown but cannot be changed. To change it, copy the project folder to a writable place and open the copy.</source>
            <translation>标注工程是只读的：此处只供查看，无法更改。如需更改，请把标注工程文件夹复制到可写入的位置，再打开副本。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/read_only.py" />
            <source>(read-only)</source>
            <translation>（只读）</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>rule+model: </source>
            <translation>规则与模型一致：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (model p={0})</source>
            <translation>（模型 p={0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (learned from the shipped seed model)</source>
            <translation>（学自随程序附带的种子模型）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (learned from this project's accepted spans)</source>
            <translation>（学自本标注工程已接受的标注）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (learned from this project)</source>
            <translation>（学自本标注工程）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>model: {0} p=</source>
            <translation>模型：{0} p=</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>learned: {0} {1} accepted in this project</source>
            <translation>习得：{1} 在本标注工程中已被接受为{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>gazetteer: </source>
            <translation>地名库：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (former name {0})</source>
            <translation>（旧称 {0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (short form {0} of {1}, the former name this text uses)</source>
            <translation>（简称 {0}，指本文所用的旧称 {1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (short form {0})</source>
            <translation>（简称 {0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> ({0} units have this name and the text names no place that tells which: the first of the tables; give the document's jurisdiction to choose)</source>
            <translation>（{0} 个行政区划同名，文中没有指明是哪一个：取区划表中的第一个；给出文档的所属辖区即可选定）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>amount: {0} yuan</source>
            <translation>金额：{0} 元</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>amount: </source>
            <translation>金额：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (qualifier {0})</source>
            <translation>（限定词 {0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>target: forward context + </source>
            <translation>目标：前文语境 + </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>target: </source>
            <translation>目标：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: head </source>
            <translation>项目：中心词 </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: listed as being built</source>
            <translation>项目：列为在建项目</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: listed as {0}</source>
            <translation>项目：并列列举，后接“{0}”</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: listed after {0}</source>
            <translation>项目：列于“{0}”之后</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: listed beside {0}</source>
            <translation>项目：与“{0}”并列列举</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>, one head shared</source>
            <translation>，各项共用一个中心词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>, its head shared by the list before it</source>
            <translation>，与前面列举的各项共用中心词</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: named so elsewhere in the document</source>
            <translation>项目：文档别处也以此为名</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: rated {0}</source>
            <translation>项目：评为{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: subject of {0}</source>
            <translation>项目：“{0}”的主语</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: event hosted ({0})</source>
            <translation>项目：举办的赛事（{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: expo known as {0}</source>
            <translation>项目：名为“{0}”的博览会</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: name, quotation and {0}</source>
            <translation>项目：名称、引号与 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: road between two places</source>
            <translation>项目：连接两地的道路</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: road by its code</source>
            <translation>项目：以代码称呼的道路</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: programme launched by its title</source>
            <translation>项目：以标题发起的专项行动</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: quoted name of a place or platform</source>
            <translation>项目：引号中的地点或平台名称</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: quoted name with head </source>
            <translation>项目：带中心词的引号名称 </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: quoted name + </source>
            <translation>项目：引号名称 + </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: metro or rail line</source>
            <translation>项目：地铁或铁路线路</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: road by its number</source>
            <translation>项目：以编号称呼的道路</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: road or rail by its abbreviation</source>
            <translation>项目：以简称称呼的道路或铁路</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>label-studio: prediction of model {0}</source>
            <translation>Label Studio：模型 {0} 的预标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>label-studio: prediction</source>
            <translation>Label Studio：预标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>from {0}</source>
            <translation>来自 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>part headed by {0} (line {1})</source>
            <translation>以 {0} 为标题的部分（标题行：{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>jurisdiction: </source>
            <translation>辖区：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (given)</source>
            <translation>（已指定）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (title: {0})</source>
            <translation>（见于标题：{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source> (most mentioned: {0} ({1} times))</source>
            <translation>（提及最多：{0}，{1} 次）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>nested: {0} in {1}</source>
            <translation>嵌套：{0} 位于 {1} 之中</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>nested: </source>
            <translation>嵌套：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>clause: {0} governs the clause</source>
            <translation>分句：{0} 统领该分句</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>; {0} named inside holds it</source>
            <translation>；名称中的 {0} 属于该辖区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>; {0} named inside lies outside: an origin or a destination</source>
            <translation>；名称中的 {0} 在辖区之外：是起点或终点</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>; {0} of the document's jurisdiction</source>
            <translation>；文档所属辖区中的 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>attribute: </source>
            <translation>从属：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>the goal holds </source>
            <translation>目标包含 </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>the sentence is about </source>
            <translation>句子讲的是 </translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>spent on building it: </source>
            <translation>投资用于建设该项目：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>invested in it: </source>
            <translation>投资于该项目：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: {0} ({1})</source>
            <translation>项目：{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>project: </source>
            <translation>项目：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>the document's jurisdiction, as given</source>
            <translation>文档所属辖区，已指定</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>the document's jurisdiction, named in its title</source>
            <translation>文档所属辖区，见于标题</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/reasons.py" />
            <source>the document's jurisdiction, the district it names most ({0} times)</source>
            <translation>文档所属辖区，文中提及最多，共 {0} 次</translation>
        </message>
    </context>
    <context>
        <name>Renaming</name>
        <message>
            <location filename="../../annotator/gui/renaming.py" />
            <source>Choose one document in the list to rename it.</source>
            <translation>请先在列表中选中一个要重命名的文档。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/renaming.py" />
            <source>The list's filter hides the document “{0}”: clear it to rename the document.</source>
            <translation>列表的筛选隐藏了文档“{0}”：清除筛选后才能重命名它。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/renaming.py" />
            <source>Renamed {0} to {1}</source>
            <translation>已将 {0} 重命名为 {1}</translation>
        </message>
    </context>
    <context>
        <name>RestoredElsewhere</name>
        <message>
            <location filename="../../annotator/gui/restored_elsewhere.py" />
            <source>Another program restored the project from a backup: the undo history was cleared</source>
            <translation>另一个程序从备份恢复了标注工程：撤销记录已清空</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/restored_elsewhere.py" />
            <source>Reloaded: another program restored the project from a backup</source>
            <translation>已重新载入：另一个程序从备份恢复了标注工程</translation>
        </message>
    </context>
    <context>
        <name>ReviewFlow</name>
        <message>
            <location filename="../../annotator/gui/review_flow.py" />
            <source>No span selected: select a span (N, a click), then F2 edits its note.</source>
            <translation>未选中标注：先选中一个标注（按 N 或单击），再按 F2 编辑其备注。</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <location filename="../../annotator/gui/safety.py" />
            <source>it does not hold everything this window saved</source>
            <translation>其中缺少本窗口已保存的部分内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/safety.py" />
            <source>The project file on disk passed its integrity check: everything saved before this error is intact.</source>
            <translation>磁盘上的标注工程文件通过了完整性检查：此错误之前保存的工作完好无损。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/safety.py" />
            <source>The project file in {0} failed its check: {1}.</source>
            <translation>{0} 中的标注工程文件未通过检查：{1}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/safety.py" />
            <source>The newest backup is {0}: Project › Restore from a backup… brings it back (what the project holds now is kept as a before-restore backup).</source>
            <translation>最新的备份是 {0}：“标注工程 › 从备份恢复…”可将其恢复（标注工程现有的内容会先保存为恢复前备份）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/safety.py" />
            <source>There is no backup in {0}: copy the project folder somewhere safe before you go on.</source>
            <translation>{0} 中没有备份：请先把标注工程文件夹复制到安全的位置，再继续操作。</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../annotator/gui/settings_kept.py" />
            <source>The setting could not be saved in {0} (the disk is full or cannot be written): it holds until annotator closes</source>
            <translation>无法将此设置保存到 {0}（磁盘已满或无法写入）：它在 annotator 关闭前有效</translation>
        </message>
    </context>
    <context>
        <name>SortMenus</name>
        <message>
            <location filename="../../annotator/gui/sort_menus.py" />
            <source>&amp;Descending</source>
            <translation>降序(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/sort_menus.py" />
            <source>S&amp;ort the spans by</source>
            <translation>标注的排序依据(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/sort_menus.py" />
            <source>The text's order</source>
            <translation>正文中的顺序</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/sort_menus.py" />
            <source>Sort the doc&amp;uments by</source>
            <translation>文档的排序依据(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/sort_menus.py" />
            <source>The order imported</source>
            <translation>导入的顺序</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/sort_menus.py" />
            <source>&amp;Columns of the spans table</source>
            <translation>标注表显示的列(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>SpanMenu</name>
        <message>
            <location filename="../../annotator/gui/span_menu.py" />
            <source>Relabel a&amp;s</source>
            <translation>改标为(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>StepNames</name>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>{0} and accept {1} suggestion(s)</source>
            <translation>{0}并接受 {1} 条建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Set the jurisdiction</source>
            <translation>设置辖区</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Set {0}</source>
            <translation>设置 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Take {0} spans of {1}</source>
            <translation>采纳 {1} 的 {0} 个标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Rename document “{0}” to “{1}”</source>
            <translation>将文档“{0}”重命名为“{1}”</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Edit the guide of {0}</source>
            <translation>编辑 {0} 的指南</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Mark document done</source>
            <translation>标记文档已完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Mark document not done</source>
            <translation>取消文档的完成标记</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Mark document “{0}” done</source>
            <translation>标记文档“{0}”已完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Mark document “{0}” not done</source>
            <translation>取消文档“{0}”的完成标记</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Accept {0} spans</source>
            <translation>接受 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Reject {0} spans</source>
            <translation>拒绝 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Reopen {0} spans</source>
            <translation>重新待审 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <location filename="../../annotator/gui/step_names.py" />
            <source>Change {0} spans</source>
            <translation>修改 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Accept {0} into layer {1}</source>
            <translation>接受 {0} 进入标注层 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Accept {0} suggestions into layer {1}</source>
            <translation>接受 {0} 条建议进入标注层 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Label {0} in place of {1} suggestions</source>
            <translation>标注 {0}，取代 {1} 条建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Add {0} spans</source>
            <translation>添加 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Delete {0} spans</source>
            <translation>删除 {0} 条标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Take {0} agreed spans</source>
            <translation>采纳 {0} 个一致标注</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Adjudicate {0}: none of the versions</source>
            <translation>裁定 {0}：不采用任何版本</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Adjudicate {0}</source>
            <translation>裁定 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Add {0}</source>
            <translation>添加 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Delete {0}</source>
            <translation>删除 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Move the boundaries of {0} to {1}</source>
            <translation>将 {0} 的边界改为 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Relabel {0} as {1}</source>
            <translation>将 {0} 改标为 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Accept {0}</source>
            <translation>接受 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Reject {0}</source>
            <translation>拒绝 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Reopen {0}</source>
            <translation>重新待审 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <location filename="../../annotator/gui/step_names.py" />
            <source>Edit {0}</source>
            <translation>编辑 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Add label {0}</source>
            <translation>添加标签 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Delete label {0}</source>
            <translation>删除标签 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Rename label {0} to {1}</source>
            <translation>将标签 {0} 改名为 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Move label {0}</source>
            <translation>移动标签 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Change label {0}</source>
            <translation>修改标签 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Link to a {0}</source>
            <translation>关联到{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Add {0} links</source>
            <translation>添加 {0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Remove a link</source>
            <translation>移除一条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Remove {0} links</source>
            <translation>移除 {0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Accept a link</source>
            <translation>接受一条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Accept {0} links</source>
            <translation>接受 {0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Reject a link</source>
            <translation>拒绝一条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Reject {0} links</source>
            <translation>拒绝 {0} 条关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/step_names.py" />
            <source>Change {0} links</source>
            <translation>修改 {0} 条关联</translation>
        </message>
    </context>
    <context>
        <name>SuggestionSteps</name>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions further on in {0} nor in the documents after it: wrapped round to the first document with some, {1}</source>
            <translation>{0} 中此处之后及其后的文档中都没有待审建议：已绕回到列表中第一篇有待审建议的文档 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions earlier in {0} nor in the documents before it: wrapped round to the last document with some, {1}</source>
            <translation>{0} 中此处之前及其前的文档中都没有待审建议：已绕回到列表中最后一篇有待审建议的文档 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions further on in {0}: on to {1}</source>
            <translation>{0} 后面没有待审建议了：转到 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions earlier in {0}: back to {1}</source>
            <translation>{0} 前面没有待审建议了：回到 {1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions further on in {0} nor in another document: wrapped round to its first one</source>
            <translation>{0} 中后面及其他文档中都没有待审建议：已绕回到本文档的第一条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No open suggestions earlier in {0} nor in another document: wrapped round to its last one</source>
            <translation>{0} 中前面及其他文档中都没有待审建议：已绕回到本文档的最后一条</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source> (the list's filter: {0})</source>
            <translation>（列表的筛选：{0}）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>The list's status filter ({0}) was cleared to show the open suggestion selected</source>
            <translation>已清除列表的状态筛选（{0}），以显示所选的待审建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No more {0} suggestions (the list's filter); clear it for the others</source>
            <translation>没有更多{0}建议了（列表的筛选）；清除筛选即可看到其他建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>No more suggestions pass the list's filter ({0}); clear it for the others</source>
            <translation>没有更多符合列表筛选（{0}）的建议了；清除筛选即可看到其他建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/suggestion_steps.py" />
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>ReadRow</name>
        <message>
            <location filename="../../annotator/gui/widgets/read_rows.py" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/read_rows.py" />
            <source>{0}: none</source>
            <translation>{0}：无</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>File {0} of {1}: {2}</source>
            <translation>第 {0} 个文件，共 {1} 个：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>page {0} of {1}</source>
            <translation>第 {0} 页，共 {1} 页</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>Document {0} of {1} already suggested: {2}</source>
            <translation>已生成建议的文档第 {0} 篇，共 {1} 篇：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>looking for the strings accepted since</source>
            <translation>正在查找此后接受的词串</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>suggesting {0}</source>
            <translation>正在建议 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>the model suggesting {0}</source>
            <translation>模型正在建议 {0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>saving the suggestions</source>
            <translation>正在保存建议</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>suggesting links</source>
            <translation>正在建议关联</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>Document {0} of {1}: {2}</source>
            <translation>第 {0} 篇，共 {1} 篇：{2}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/tasks.py" />
            <source>Something went wrong; nothing more was done. The details below help to report it.</source>
            <translation>出现意外错误，操作已停止。报告问题时请附上下面的详细信息。</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../annotator/gui/undo.py" />
            <source>another program removed what it changes since the window read it</source>
            <translation>窗口读取之后，另一个程序删除了它要修改的内容</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo.py" />
            <source>Could not redo “{0}”: {1}</source>
            <translation>无法重做“{0}”：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo.py" />
            <source>Could not undo “{0}”: {1}</source>
            <translation>无法撤销“{0}”：{1}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo.py" />
            <source>The step stays in the history; press the same key to try again.</source>
            <translation>此步骤仍保留在历史记录中；再按一次同一个键即可重试。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo.py" />
            <source>This step was taken out of the history.</source>
            <translation>此步骤已从历史记录中移除。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo.py" />
            <source>This step was taken out of the history; the earlier steps can still be undone.</source>
            <translation>此步骤已从历史记录中移除；更早的步骤仍可撤销。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Redone: {0}</source>
            <translation>已重做：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Undone: {0}</source>
            <translation>已撤销：{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Nothing redone: the document “{0}” is no longer in the project (another program removed it; Ctrl+R shows what the project holds now)</source>
            <translation>未重做任何内容：文档“{0}”已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Nothing undone: the document “{0}” is no longer in the project (another program removed it; Ctrl+R shows what the project holds now)</source>
            <translation>未撤销任何内容：文档“{0}”已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Nothing redone: the document of “{0}” is no longer in the project (another program removed it; Ctrl+R shows what the project holds now)</source>
            <translation>未重做任何内容：“{0}”所在的文档已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Nothing undone: the document of “{0}” is no longer in the project (another program removed it; Ctrl+R shows what the project holds now)</source>
            <translation>未撤销任何内容：“{0}”所在的文档已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Nothing redone: the span of “{0}” is no longer there (another program removed it)</source>
            <translation>未重做任何内容：“{0}”的标注已不存在（另一个程序删除了它）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Nothing undone: the span of “{0}” is no longer there (another program removed it)</source>
            <translation>未撤销任何内容：“{0}”的标注已不存在（另一个程序删除了它）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Redone: Mark document “{0}” done</source>
            <translation>已重做：标记文档“{0}”已完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Redone: Mark document “{0}” not done</source>
            <translation>已重做：取消文档“{0}”的完成标记</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Undone: Mark document “{0}” done</source>
            <translation>已撤销：标记文档“{0}”已完成</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/undo_said.py" />
            <source>Undone: Mark document “{0}” not done</source>
            <translation>已撤销：取消文档“{0}”的完成标记</translation>
        </message>
    </context>
    <context>
        <name>Upgrading</name>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>moving the documents' texts and building the search index</source>
            <translation>移动文档文本并建立检索索引</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>building the search index</source>
            <translation>建立检索索引</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>schema step {0} of {1}</source>
            <translation>数据库结构第 {0} 步，共 {1} 步</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>Upgrading the project {0} for this version (once):</source>
            <translation>正在为此版本升级标注工程 {0}（仅此一次）：</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>{0} of {1} documents</source>
            <translation>已完成 {0} 篇文档，共 {1} 篇</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>Upgrading the project</source>
            <translation>正在升级标注工程</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>{0} was upgraded from schema {1} to schema {2} for this version of annotator.</source>
            <translation>为适配此版本的 annotator，标注工程 {0} 已从数据库结构 {1} 升级到 {2}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>The project as it was is kept in:
{0}</source>
            <translation>升级前的标注工程备份保存在：
{0}</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>Annotator versions older than this one can no longer open it: whoever opens this project folder (a colleague on a shared or network drive) needs to update annotator too.</source>
            <translation>比此版本旧的 annotator 已无法再打开它：凡是打开此标注工程文件夹的人（例如通过共享盘或网络驱动器使用它的同事）也需要更新 annotator。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/upgrading.py" />
            <source>Project upgraded</source>
            <translation>标注工程已升级</translation>
        </message>
    </context>
    <context>
        <name>DockFloating</name>
        <message>
            <location filename="../../annotator/gui/widgets/dock_floating.py" />
            <source>&amp;Float the panel ({0})</source>
            <translation>浮动面板（{0}）(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/dock_floating.py" />
            <source>&amp;Float the panel</source>
            <translation>浮动面板(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/dock_floating.py" />
            <source>{0} floats in a window of its own: View › Float the panel (Alt+V, F) docks it again</source>
            <translation>{0}已浮动为独立窗口：视图 › 浮动面板（Alt+V、F）可将其停靠回原处</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/dock_floating.py" />
            <source>{0} docked again</source>
            <translation>{0}已停靠回原处</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <location filename="../../annotator/gui/widgets/docks.py" />
            <source>Float the panel in a window of its own (double-click its title to put it back)</source>
            <translation>把面板移出为独立窗口（双击其标题栏可放回）</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/docks.py" />
            <source>Close the panel ({0} shows it again)</source>
            <translation>关闭面板（按 {0} 可再次显示）</translation>
        </message>
    </context>
    <context>
        <name>FormTips</name>
        <message>
            <location filename="../../annotator/gui/widgets/form_tips.py" />
            <source>suggested: proposed by the program, waiting for your decision (A accepts, X rejects); accepted and rejected: decided. An export takes the accepted spans.</source>
            <translation>待审：程序提出的建议，等您决定（A 接受，X 拒绝）；已接受、已拒绝：已作决定。导出时取已接受的标注。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_tips.py" />
            <source>Who or what made the span: you (manual), a rule of the program (gazetteer, amount rules …), the model that learns from your decisions, or an import.</source>
            <translation>标注由谁或由什么产生：您本人（手工）、程序的规则（地名库、金额规则……）、从您的决定中学习的模型，或导入。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_tips.py" />
            <source>Why the program proposed it: the rule that found it, and the model's confidence (p, from 0 to 1).</source>
            <translation>程序提出该建议的理由：找到它的规则，以及模型的置信度（p，0 到 1）。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_tips.py" />
            <source>A word before the amount saying how it is meant (超 over, 近 nearly, 约 about …); the yuan are the number written.</source>
            <translation>金额前说明其含义的字（超、近、约……）；元数按原文所写的数字记录。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_tips.py" />
            <source>What the span belongs to: an amount or a target linked to its district and its project. L links it to the span under the mouse or the nearest district; Ctrl+L chooses from a list.</source>
            <translation>该标注所属的对象：金额或目标关联到其地区和项目。L 关联到鼠标下的标注或最近的地区；Ctrl+L 从列表中选择。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_tips.py" />
            <source>The district the whole document reports for (of the document, not of this span): amounts and targets with no district of their own are counted for it. Grey: the program's guess; type a name or a code to set it.</source>
            <translation>整篇文档所报告的地区（属于文档，而非这条标注）：没有自身地区的金额和目标都计入该地区。灰色字为程序的推测；输入名称或区划代码即可设定。</translation>
        </message>
    </context>
    <context>
        <name>FormValues</name>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>a number: 80, 6.5, 1,200 or 80万</source>
            <translation>数字：80、6.5、1,200 或 80万</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>a whole number of yuan: 5510000000 or 55.1亿元</source>
            <translation>以元计的整数金额：5510000000 或 55.1亿元</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>a division code of 6, 9 or 12 digits: 350211 or 350211001</source>
            <translation>由 6 位、9 位或 12 位数字组成的区划代码：350211 或 350211001</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>{0}: “{1}” is negative, but the span's text “{2}” writes no minus: reports write a decrease (下降5亿元, 减少5亿元) as a positive figure; type it without the minus. The stored value, {3}, is kept.</source>
            <translation>{0}：“{1}”为负数，但标注的文本“{2}”中没有负号：报告把减少写成正数（下降5亿元、减少5亿元）；请去掉负号。已保留原有的值 {3}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>{0}: “{1}” is negative, but the span's text “{2}” writes no minus: reports write a decrease (下降5亿元, 减少5亿元) as a positive figure; type it without the minus. Nothing was saved.</source>
            <translation>{0}：“{1}”为负数，但标注的文本“{2}”中没有负号：报告把减少写成正数（下降5亿元、减少5亿元）；请去掉负号。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>{0}: cannot read “{1}”; type {2}. The stored value, {3}, is kept.</source>
            <translation>{0}：无法识别“{1}”；请输入{2}。已保留原有的值 {3}。</translation>
        </message>
        <message>
            <location filename="../../annotator/gui/widgets/form_values.py" />
            <source>{0}: cannot read “{1}”; type {2}. Nothing was saved.</source>
            <translation>{0}：无法识别“{1}”；请输入{2}。未保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <location filename="../../annotator/gui/widgets/table_columns.py" />
            <source>Fit columns to the table</source>
            <translation>按表格宽度重排各列</translation>
        </message>
    </context>
</TS>
