<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>show what is inside a token</source>
        <translation>显示 Token 的内容</translation>
    </message>
    <message>
        <source>Decode a token; &apos;-&apos; reads one token per line from standard input.</source>
        <translation>解析 Token；&apos;-&apos; 表示从标准输入每行读取一个 Token。</translation>
    </message>
    <message>
        <source>The token, or - for one token per line on stdin.</source>
        <translation>Token，或 - 表示从标准输入每行读取一个。</translation>
    </message>
    <message>
        <source>Print requests.md JSON.</source>
        <translation>输出 requests.md 格式的 JSON。</translation>
    </message>
    <message>
        <source>Show times relative to this moment instead of now.</source>
        <translation>以这个时刻（而不是现在）为基准显示相对时间。</translation>
    </message>
    <message>
        <source>Also check the signature with this certificate (default: ${env}; the variable keeps it out of the process list); a stream key is opened with it.</source>
        <translation>同时用此证书校验签名（默认：${env}；用环境变量可避免它出现在进程列表中）；推流密钥也用它解密。</translation>
    </message>
    <message>
        <source>Whiteboard tokens: check the signature with this Secret Access Key (better: set ${env}).</source>
        <translation>白板 Token：用此 Secret Access Key 校验签名（更安全的做法：设置 ${env}）。</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>签名校验</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
</context>
</TS>
