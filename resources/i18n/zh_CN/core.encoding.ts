<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The {what} has a character that is not Base64 ({char}) at position {index}; Base64 uses only A-Z, a-z, 0-9, &apos;+&apos;, &apos;/&apos; and &apos;=&apos; padding.</source>
        <translation>{what}在位置 {index} 有一个不属于 Base64 的字符（{char}）；Base64 只使用 A-Z、a-z、0-9、&apos;+&apos;、&apos;/&apos; 以及 &apos;=&apos; 填充。</translation>
    </message>
    <message>
        <source>The {what} is {length} Base64 characters long, not a multiple of 4; the token is probably cut off or has characters missing.</source>
        <translation>{what}长 {length} 个 Base64 字符，不是 4 的倍数；Token 可能被截断或缺少字符。</translation>
    </message>
    <message>
        <source>The {what} has &apos;=&apos; padding at position {position}, which is not at its very end; two tokens may have been pasted together.</source>
        <translation>{what}在位置 {position} 有 &apos;=&apos; 填充，但它不在末尾；可能把两个 Token 粘贴到了一起。</translation>
    </message>
    <message>
        <source>The {what} is not valid Base64 ({reason}).</source>
        <translation>{what}不是有效的 Base64（{reason}）。</translation>
    </message>
    <message>
        <source>The {what} has a character that is not valid Unicode text at position {position}; the token was damaged when it was copied.</source>
        <translation>{what}在位置 {position} 有一个不是有效 Unicode 文本的字符；Token 在复制时已损坏。</translation>
    </message>
    <message>
        <source>The {what} is not valid zlib data ({reason}); the token is damaged or was not copied whole.</source>
        <translation>{what}不是有效的 zlib 数据（{reason}）；Token 已损坏或没有完整复制。</translation>
    </message>
    <message>
        <source>The {what} inflates to more than {limit} bytes; it is not an Agora token.</source>
        <translation>{what}解压后超过 {limit} 字节；这不是声网的 Token。</translation>
    </message>
    <message>
        <source>The {what} ends in the middle of its zlib stream; the token is cut off.</source>
        <translation>{what}在 zlib 数据流中间就结束了；Token 被截断了。</translation>
    </message>
    <message>
        <source>incorrect header check</source>
        <translation>头部校验错误</translation>
    </message>
    <message>
        <source>unknown compression method</source>
        <translation>未知的压缩方法</translation>
    </message>
    <message>
        <source>invalid window size</source>
        <translation>无效的窗口大小</translation>
    </message>
    <message>
        <source>invalid block type</source>
        <translation>无效的块类型</translation>
    </message>
    <message>
        <source>invalid stored block lengths</source>
        <translation>无效的存储块长度</translation>
    </message>
    <message>
        <source>too many length or distance symbols</source>
        <translation>长度或距离符号过多</translation>
    </message>
    <message>
        <source>invalid code lengths set</source>
        <translation>无效的码长集合</translation>
    </message>
    <message>
        <source>invalid bit length repeat</source>
        <translation>无效的位长重复</translation>
    </message>
    <message>
        <source>invalid code -- missing end-of-block</source>
        <translation>无效的编码：缺少块结束标记</translation>
    </message>
    <message>
        <source>invalid literal/lengths set</source>
        <translation>无效的字面量/长度集合</translation>
    </message>
    <message>
        <source>invalid distances set</source>
        <translation>无效的距离集合</translation>
    </message>
    <message>
        <source>invalid literal/length code</source>
        <translation>无效的字面量/长度编码</translation>
    </message>
    <message>
        <source>invalid distance code</source>
        <translation>无效的距离编码</translation>
    </message>
    <message>
        <source>invalid distance too far back</source>
        <translation>无效的距离：回溯太远</translation>
    </message>
    <message>
        <source>incorrect data check</source>
        <translation>数据校验错误</translation>
    </message>
    <message>
        <source>incorrect length check</source>
        <translation>长度校验错误</translation>
    </message>
</context>
</TS>
