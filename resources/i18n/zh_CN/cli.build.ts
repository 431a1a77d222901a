<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <source>The {label} value</source>
        <translation>{label}的值</translation>
    </message>
    <message>
        <source>The file {file}</source>
        <translation>文件 {file}</translation>
    </message>
    <message>
        <source>{label}: cannot read {file} ({reason}).</source>
        <translation>{label}：无法读取 {file}（{reason}）。</translation>
    </message>
</context>
</TS>
