<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Build, decode and verify Agora tokens (007, 006) and dynamic keys (005, 004, 003, 002, v1, signaling). No network access.</source>
        <translation>生成、解析和校验 Agora Token（007、006）及 Dynamic Key（005、004、003、002、v1、信令）。不访问网络。</translation>
    </message>
    <message>
        <source>Language of the human output (default: ${env}, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG). --json output stays English.</source>
        <translation>面向用户的输出所用语言（默认：${env}，否则按区域设置：LANGUAGE、LC_ALL、LC_MESSAGES、LANG）。--json 输出始终为英文。</translation>
    </message>
</context>
</TS>
