<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagnosePanel</name>
    <message>
        <source>Accepted: Agora should accept this token in this context.</source>
        <translation>通过：在此情境下声网应当接受此 Token。</translation>
    </message>
    <message>
        <source>Rejected: Agora would refuse this token in this context.</source>
        <translation>拒绝：在此情境下声网会拒绝此 Token。</translation>
    </message>
    <message>
        <source>Unknown: not enough context to tell; see the notes below.</source>
        <translation>未知：信息不足，无法判断；请见下方说明。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>Copy a text for a support ticket: findings and decoded fields, without the App Certificate and with the signature shortened.</source>
        <translation>复制一段用于工单的文本：包含发现的问题和解析出的字段，不含 App 证书，签名已截短。</translation>
    </message>
    <message>
        <source>What the app used</source>
        <translation>应用使用的参数</translation>
    </message>
    <message>
        <source>App ID, certificate, channel, uid or account, action, time and error code to check the token against; taken from the window, change them to match the failing app</source>
        <translation>用于检查 Token 的 App ID、证书、频道、uid 或账号、操作、时间和错误码；取自窗口，可修改为出错应用实际使用的值</translation>
    </message>
</context>
</TS>
