<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>a number of {bits} bits</source>
        <extracomment>Words that mark a key as secret wherever they appear in it (after normalising). Words a typo may be near; matched with at most ``budget`` edits on a window of the key. Longest key looked at in full; beyond it only the start is (no quadratic work on junk keys). Longest (normalised) key searched for near-miss typos; longer keys are matched by word only. The marker an echoed secret is replaced with where a placeholder reads better than a gap.</extracomment>
        <translation>一个 {bits} 位的数字</translation>
    </message>
    <message>
        <source>{start}…{end} ({kind})</source>
        <translation>{start}…{end}（{kind}）</translation>
    </message>
    <message>
        <source>text of {count} character</source>
        <translation>{count} 个字符的文本</translation>
    </message>
    <message>
        <source>text of {count} characters</source>
        <translation>{count} 个字符的文本</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>一个布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>一个小数</translation>
    </message>
    <message>
        <source>an object with {count} key</source>
        <translation>含 {count} 个键的对象</translation>
    </message>
    <message>
        <source>an object with {count} keys</source>
        <translation>含 {count} 个键的对象</translation>
    </message>
    <message>
        <source>a list of {count} item</source>
        <translation>含 {count} 项的列表</translation>
    </message>
    <message>
        <source>a list of {count} items</source>
        <translation>含 {count} 项的列表</translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation>类型为 {type} 的值</translation>
    </message>
</context>
</TS>
