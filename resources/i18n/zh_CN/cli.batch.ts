<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>build many tokens from JSON Lines</source>
        <translation>从 JSON Lines 批量生成 Token</translation>
    </message>
    <message>
        <source>Read requests (requests.md) one per line, write one result per line in order. A bad line is reported and skipped. A request without app_certificate uses $AGORA_APP_CERTIFICATE (or asks for it in a terminal), so request files need not hold the certificate.</source>
        <translation>每行读取一个请求（requests.md），按顺序每行输出一个结果。有问题的行会被报告并跳过。没有 app_certificate 的请求使用 $AGORA_APP_CERTIFICATE（或在终端中提示输入），因此请求文件中不必包含证书。</translation>
    </message>
    <message>
        <source>JSON Lines file, or - for stdin.</source>
        <translation>JSON Lines 文件，或 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Build in N worker processes. Default: one for up to {lines} lines, one per core for more. Output is the same, in the same order, and memory stays flat.</source>
        <translation>用 N 个工作进程生成。默认：不超过 {lines} 行时用一个进程，更多时每个 CPU 核心一个。输出内容和顺序都相同，内存占用保持平稳。</translation>
    </message>
    <message>
        <source>--jobs must be 1 or more; got {jobs}.</source>
        <translation>--jobs 必须大于或等于 1；收到的是 {jobs}。</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
</context>
</TS>
