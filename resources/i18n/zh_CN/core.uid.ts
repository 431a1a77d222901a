<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>a number of about {digits} digits</source>
        <translation>一个约 {digits} 位的数字</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>The uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>{label} is the text {text}, which is not a plain number: write the number {value}, or use an account builder to sign the text as written.</source>
        <translation>{label}是文本 {text}，不是普通数字：请写成数字 {value}，或使用用户账号生成器按原样签入这段文本。</translation>
    </message>
    <message>
        <source>{label} must be written with the digits 0-9; {text} contains {odd}.</source>
        <translation>{label}必须用数字 0-9 书写；{text} 包含 {odd}。</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}; got {value}.</source>
        <translation>{label}必须是 {low} 到 {high} 之间的整数；实际为 {value}。</translation>
    </message>
</context>
</TS>
