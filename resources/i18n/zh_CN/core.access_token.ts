<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>App ID of this AccessToken</source>
        <translation>此 AccessToken 的 App ID</translation>
    </message>
    <message>
        <source>AccessToken body</source>
        <translation>AccessToken 主体</translation>
    </message>
    <message>
        <source>AccessToken privilege message</source>
        <translation>AccessToken 权限消息</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>the privilege message</source>
        <translation>权限消息</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>unknown ({privilege})</source>
        <translation>未知（{privilege}）</translation>
    </message>
    <message>
        <source>A number is out of range for its field ({reason}).</source>
        <translation>有数字超出了其字段的取值范围（{reason}）。</translation>
    </message>
    <message>
        <source>An AccessToken starts with &apos;006&apos;, this text starts with {start}.</source>
        <translation>AccessToken 以 &apos;006&apos; 开头，而此文本以 {start} 开头。</translation>
    </message>
    <message>
        <source>An AccessToken has &apos;006&apos;, a 32-character App ID and a Base64 body; this text is only {length} characters long.</source>
        <translation>AccessToken 由 &apos;006&apos;、32 个字符的 App ID 和 Base64 主体组成；此文本只有 {length} 个字符。</translation>
    </message>
</context>
</TS>
