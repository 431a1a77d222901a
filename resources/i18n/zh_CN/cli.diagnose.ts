<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✖ error</source>
        <translation>✖ 错误</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>ℹ info</source>
        <translation>ℹ 提示</translation>
    </message>
    <message>
        <source>--join-body: cannot read {file} ({reason}).</source>
        <translation>--join-body：无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>not a token</source>
        <translation>不是 Token</translation>
    </message>
    <message>
        <source>Verdict: {verdict}  (format: {format})</source>
        <translation>结论：{verdict}（格式：{format}）</translation>
    </message>
    <message>
        <source>{code}: {message}</source>
        <translation>{code}：{message}</translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>解决方法：{fix}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
</TS>
