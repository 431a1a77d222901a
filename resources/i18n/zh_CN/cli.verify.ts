<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>check a token&apos;s signature</source>
        <translation>校验 Token 的签名</translation>
    </message>
    <message>
        <source>Exit 0 valid, 1 not valid (or valid beside bytes or fields the signature does not cover: see the warnings), 2 unusable input.</source>
        <translation>退出码 0 表示有效，1 表示无效（或签名有效、但还有签名未覆盖的字节或字段：见警告），2 表示输入无法使用。</translation>
    </message>
    <message>
        <source>The App Certificate (or ${env}, or a prompt).</source>
        <translation>App 证书（或 ${env}，或在提示时输入）。</translation>
    </message>
</context>
</TS>
