<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>compare two tokens field by field</source>
        <translation>逐字段对比两个 Token</translation>
    </message>
    <message>
        <source>List every difference between two tokens and whether it can explain a failure. Exit 0 equivalent, 1 different, 2 unusable input.</source>
        <translation>列出两个 Token 之间的每处差异，以及它是否可能导致失败。退出码 0 表示等效，1 表示不同，2 表示输入无法使用。</translation>
    </message>
    <message>
        <source>The token that works (for example the console&apos;s).</source>
        <translation>可以正常使用的 Token（例如控制台生成的）。</translation>
    </message>
    <message>
        <source>The token that does not.</source>
        <translation>无法使用的 Token。</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>以 JSON 输出对比结果。</translation>
    </message>
    <message>
        <source>The moment of the failure (unix seconds, ISO 8601 or -2h); default now. Times that differ explain a failure only when one token works then and the other not.</source>
        <translation>失败的时刻（Unix 秒数、ISO 8601 或 -2h）；默认现在。只有当一个 Token 在该时刻可用而另一个不可用时，时间上的差异才可能导致失败。</translation>
    </message>
    <message>
        <source>Equivalent: no difference that can change whether Agora accepts them.</source>
        <translation>等效：没有任何差异会影响 Agora 是否接受它们。</translation>
    </message>
    <message>
        <source>Different: {count} difference(s) can explain a failure.</source>
        <translation>不同：有 {count} 处差异可能导致失败。</translation>
    </message>
    <message>
        <source>Formats: A {a}, B {b}</source>
        <translation>格式：A 为 {a}，B 为 {b}</translation>
    </message>
    <message>
        <source>Can explain a failure</source>
        <translation>可能导致失败</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <source>{title} ({count}):</source>
        <translation>{title}（{count}）：</translation>
    </message>
    <message>
        <source>The two tokens are identical.</source>
        <translation>两个 Token 完全相同。</translation>
    </message>
</context>
</TS>
