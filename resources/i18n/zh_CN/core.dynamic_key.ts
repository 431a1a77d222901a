<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>DynamicKey5 body</source>
        <translation>DynamicKey5 主体</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>A DynamicKey5 starts with &apos;005&apos;, this text starts with {start}.</source>
        <translation>DynamicKey5 以 &apos;005&apos; 开头，而此文本以 {start} 开头。</translation>
    </message>
    <message>
        <source>A {name} starts with {prefix}, this text starts with {start}.</source>
        <translation>{name} 以 {prefix} 开头，而此文本以 {start} 开头。</translation>
    </message>
    <message>
        <source>A {name} is exactly {length} characters long, this text has {count}.</source>
        <translation>{name} 的长度正好是 {length} 个字符，而此文本有 {count} 个。</translation>
    </message>
    <message>
        <source>A {name} holds only hexadecimal digits, but position {position} is {char}.</source>
        <translation>{name} 只含十六进制数字，但位置 {position} 上是 {char}。</translation>
    </message>
    <message>
        <source>The {field} of a {name} is 10 decimal digits at position {offset}, found {part}.</source>
        <translation>{name} 的 {field} 是位置 {offset} 处的 10 位十进制数字，实际为 {part}。</translation>
    </message>
</context>
</TS>
