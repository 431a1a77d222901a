<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>--jobs must be 1 or more; got {jobs}.</source>
        <translation>--jobs 必须大于或等于 1；收到的是 {jobs}。</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
</context>
</TS>
