<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{label}: {value}</source>
        <extracomment>A batch input line: its text, or a Line / ReadError saying why it could not be read. Gives the certificate for requests that carry none (asked at most once; None: no default). One input item: its number and a request, or the sentence saying why the input could not be read as a request (bad JSON, a short CSV row, a line that is not UTF-8 ...). Keys that carry &quot;who&quot; in a request, most specific first; the grid fills the first a kind has.</extracomment>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{what}, line {number}: the range {value} runs backwards; write {high}-{low}.</source>
        <translation>{what}，第 {number} 行：范围 {value} 是倒序的；请写成 {high}-{low}。</translation>
    </message>
    <message>
        <source>Enter at least one user ({key}), one per line.</source>
        <translation>请至少输入一个用户（{key}），每行一个。</translation>
    </message>
    <message>
        <source>Enter at least one channel name, one per line.</source>
        <translation>请至少输入一个频道名，每行一个。</translation>
    </message>
    <message>
        <source>That is {total} requests; one batch may have at most {limit}.</source>
        <translation>这将产生 {total} 个请求；一次批量生成最多 {limit} 个。</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The template must be one JSON object (a request).</source>
        <translation>模板必须是一个 JSON 对象（一个请求）。</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is empty; its first row must name the request keys (format, builder, channel_name, uid, ...).</source>
        <translation>{name} 是空的；第一行必须列出请求的键（format、builder、channel_name、uid 等）。</translation>
    </message>
    <message>
        <source>Line {number} has {cells} cells, but the header names {keys}.</source>
        <translation>第 {number} 行有 {cells} 个单元格，但表头只有 {keys} 个键。</translation>
    </message>
    <message>
        <source>Line {number}: the {key} cell</source>
        <translation>第 {number} 行：{key} 单元格</translation>
    </message>
</context>
</TS>
