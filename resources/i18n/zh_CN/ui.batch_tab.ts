<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchTab</name>
    <message>
        <source>Key kind</source>
        <translation>Key 类型</translation>
    </message>
    <message>
        <source>&amp;Use the generator form (key kind, role, lifetimes)</source>
        <translation>使用生成页面的表单（Key 类型、角色、有效期）(&amp;U)</translation>
    </message>
    <message>
        <source>Every row is the request of the form you last used on a generator page, with the user and channel from the lists below. Untick to edit the template as JSON.</source>
        <translation>每一行都是你最近在生成页面上使用的表单请求，用户和频道取自下方的列表。取消勾选即可以 JSON 编辑模板。</translation>
    </message>
    <message>
        <source>What each row takes from the generator form</source>
        <translation>每一行从生成页面表单中取用的内容</translation>
    </message>
    <message>
        <source>Request template (JSON)</source>
        <translation>请求模板（JSON）</translation>
    </message>
    <message>
        <source>The request every row starts from (requests.md keys). App ID and certificate come from the window unless you add app_id / app_certificate here.</source>
        <translation>每一行的起始请求（键名与 agora-token 命令行的请求 JSON 相同）。App ID 和证书取自主窗口，除非你在此处添加 app_id / app_certificate。</translation>
    </message>
    <message>
        <source>Users, one per line</source>
        <translation>用户，每行一个</translation>
    </message>
    <message>
        <source>one per line; 1000-1099 = 100 numbers</source>
        <translation>每行一个；1000-1099 = 100 个数字</translation>
    </message>
    <message>
        <source>Channels, one per line</source>
        <translation>频道，每行一个</translation>
    </message>
    <message>
        <source>one per line; 1-10 = channels 1 to 10</source>
        <translation>每行一个；1-10 = 频道 1 到 10</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>频道：</translation>
    </message>
    <message>
        <source>&amp;Key kind:</source>
        <translation>Key 类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Open CSV or JSON Lines…</source>
        <translation>打开 CSV 或 JSON Lines 文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV or JSON Lines file of requests</source>
        <translation>打开包含请求的 CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <source>Batch source</source>
        <translation>批量生成的来源</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation>文件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Run batch</source>
        <translation>开始批量生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量生成进度</translation>
    </message>
    <message>
        <source>Batch problem</source>
        <translation>批量生成的问题</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>批量生成结果</translation>
    </message>
    <message>
        <source>Copy &amp;selected tokens</source>
        <translation>复制选中的 Token(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the results as CSV or JSON Lines; the App Certificate is never written.</source>
        <translation>将结果保存为 CSV 或 JSON Lines 文件；绝不写入 App 证书。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>打开导出的文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the exported file&apos;s folder</source>
        <translation>显示导出文件所在的文件夹</translation>
    </message>
    <message>
        <source>CSV: the first row names the request keys (format, builder, channel_name, uid, …; app_id and app_certificate columns are optional, empty cells use the window&apos;s values or the defaults). JSON Lines: one request object per line.</source>
        <translation>CSV：第一行写请求的键名（format、builder、channel_name、uid 等；app_id 和 app_certificate 列可省略，空单元格使用主窗口中的值或默认值）。JSON Lines：每行一个请求对象。</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>; columns: {columns}</source>
        <translation>；列：{columns}</translation>
    </message>
    <message>
        <source>from the file where given, else the window&apos;s</source>
        <translation>文件中给出时取自文件，否则取自主窗口</translation>
    </message>
    <message>
        <source>the window&apos;s</source>
        <translation>取自主窗口</translation>
    </message>
    <message>
        <source>{name}: {count} requests ({kind}{columns}). App Certificate: {certificate}.</source>
        <translation>{name}：{count} 个请求（{kind}{columns}）。App 证书：{certificate}。</translation>
    </message>
    <message>
        <source>Building {count} tokens…</source>
        <translation>正在生成 {count} 个 Token…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}.</source>
        <translation>无法写入 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path} (without the App Certificate).</source>
        <translation>已将 {count} 行导出到 {path}（不含 App 证书）。</translation>
    </message>
    <message>
        <source>Fill in a generator page first (for example AccessToken2 → RTC by uid): its key kind, role and lifetimes become every row&apos;s.</source>
        <translation>请先填写一个生成页面（例如 AccessToken2 → RTC（uid））：它的 Key 类型、角色和有效期将用于每一行。</translation>
    </message>
    <message>
        <source>{kind} needs credentials of its own and cannot be built from the grid; choose a key kind below, or use a CSV or JSON Lines file.</source>
        <translation>{kind} 需要自己的凭证，无法通过网格生成；请在下方选择一种 Key 类型，或使用 CSV / JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Each row: {summary}</source>
        <translation>每行：{summary}</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>打开请求文件</translation>
    </message>
    <message>
        <source>Requests (*.csv *.jsonl *.ndjson *.json *.txt);;All files (*)</source>
        <translation>请求文件 (*.csv *.jsonl *.ndjson *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select rows with tokens to copy them.</source>
        <translation>请选中带有 Token 的行再复制。</translation>
    </message>
    <message>
        <source>Copied {count} tokens.</source>
        <translation>已复制 {count} 个 Token。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV 文件 (*.csv);;JSON Lines 文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>The batch stopped because of an internal error; see the details.</source>
        <translation>批量生成因内部错误而停止，详情请见错误信息。</translation>
    </message>
    <message>
        <source>{built} tokens built; {errors} rows have errors (shown in the table) in {seconds} s.</source>
        <translation>已生成 {built} 个 Token；{errors} 行有错误（见表格），用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>{built} tokens built in {seconds} s.</source>
        <translation>已生成 {built} 个 Token，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} rows: {result}</source>
        <translation>已在第 {done} / {total} 行后取消：{result}</translation>
    </message>
    <message>
        <source>Open a CSV or JSON Lines file first.</source>
        <translation>请先打开一个 CSV 或 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>“{key}”</source>
        <translation>“{key}”</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Each user line fills {keys} (numbers; 1000-1099 = 100 values).</source>
        <translation>每个用户行填入 {keys}（数字；1000-1099 = 100 个值）。</translation>
    </message>
    <message>
        <source>Each user line fills {keys} (text; 1000-1099 = 100 values).</source>
        <translation>每个用户行填入 {keys}（文本；1000-1099 = 100 个值）。</translation>
    </message>
    <message>
        <source>This key kind has no user field; the Users list is not used.</source>
        <translation>此 Key 类型没有用户字段，不使用用户列表。</translation>
    </message>
    <message>
        <source>Each channel line fills {key}.</source>
        <translation>每个频道行填入 {key}。</translation>
    </message>
    <message>
        <source>This key kind has no channel; the Channels list is not used.</source>
        <translation>此 Key 类型没有频道，不使用频道列表。</translation>
    </message>
    <message>
        <source>{users} users × {channels} channels = {total} requests.</source>
        <translation>{users} 个用户 × {channels} 个频道 = {total} 个请求。</translation>
    </message>
    <message>
        <source>{count} requests.</source>
        <translation>{count} 个请求。</translation>
    </message>
    <message>
        <source>1 request.</source>
        <translation>1 个请求。</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence}{next}</translation>
    </message>
</context>
</TS>
