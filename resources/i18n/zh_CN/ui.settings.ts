<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The saved setting {key}</source>
        <translation>保存的设置“{key}”</translation>
    </message>
    <message>
        <source>{problem} It was ignored.</source>
        <translation>{problem}已忽略此项。</translation>
    </message>
</context>
</TS>
