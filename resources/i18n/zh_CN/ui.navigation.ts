<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Legacy keys</source>
        <translation>旧版 Key</translation>
    </message>
    <message>
        <source>More products</source>
        <translation>更多产品</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Choose what to do: a key type to generate, or a tool.</source>
        <translation>选择要做的事：生成某种 Key，或使用工具。</translation>
    </message>
    <message>
        <source>{section} (section)</source>
        <translation>{section}（分组）</translation>
    </message>
</context>
</TS>
