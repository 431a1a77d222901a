<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{flag}: {message}</source>
        <translation>{flag}：{message}</translation>
    </message>
    <message>
        <source>warning ({code}): {message}</source>
        <translation>警告（{code}）：{message}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>说明：{note}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>{prog}: warning: {message}</source>
        <translation>{prog}：警告：{message}</translation>
    </message>
    <message>
        <source>{label} (not echoed): </source>
        <translation>{label}（输入不回显）：</translation>
    </message>
    <message>
        <source>The {label} is missing: pass {flag}, set ${env}, or run in a terminal to be prompted.</source>
        <translation>缺少{label}：请传入 {flag}、设置 ${env}，或在终端中运行以便提示输入。</translation>
    </message>
    <message>
        <source>Channel name (006, 005, 004, 003, 002, 001).</source>
        <translation>频道名（006、005、004、003、002、001）。</translation>
    </message>
    <message>
        <source>Numeric uid (0 = any user).</source>
        <translation>数字 uid（0 = 任意用户）。</translation>
    </message>
    <message>
        <source>String account (006 accounts, signaling).</source>
        <translation>字符串用户账号（006 用户账号、信令）。</translation>
    </message>
</context>
</TS>
