<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
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
