<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompareView</name>
    <message>
        <source>Paste the token that works (for example from the Agora Console)</source>
        <translation>粘贴可用的 Token（例如从声网控制台获取的）</translation>
    </message>
    <message>
        <source>Token A</source>
        <translation>Token A</translation>
    </message>
    <message>
        <source>Paste the token that fails</source>
        <translation>粘贴不可用的 Token</translation>
    </message>
    <message>
        <source>Token B</source>
        <translation>Token B</translation>
    </message>
    <message>
        <source>A: the token that works</source>
        <translation>A：可用的 Token</translation>
    </message>
    <message>
        <source>B: the token that fails</source>
        <translation>B：不可用的 Token</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>对比摘要</translation>
    </message>
    <message>
        <source>Differences between the two tokens</source>
        <translation>两个 Token 之间的差异</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Paste two tokens to list their differences.</source>
        <translation>粘贴两个 Token 以列出它们的差异。</translation>
    </message>
    <message>
        <source>✔ Equivalent: no difference can change whether Agora accepts them.</source>
        <translation>✔ 等效：没有任何差异会影响声网是否接受它们。</translation>
    </message>
    <message>
        <source>{count} difference(s) have no effect.</source>
        <translation>{count} 处差异没有影响。</translation>
    </message>
    <message>
        <source>✖ Different: {explaining} difference(s) can explain a failure (listed first); {harmless} have no effect.</source>
        <translation>✖ 不同：{explaining} 处差异可以解释失败（列在前面）；{harmless} 处没有影响。</translation>
    </message>
    <message>
        <source>Can explain a failure</source>
        <translation>可以解释失败</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>没有影响</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
</TS>
