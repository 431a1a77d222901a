<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutputPanel</name>
    <message>
        <source>Never expires.</source>
        <translation>永不过期。</translation>
    </message>
    <message>
        <source>{expiry} ({where}).</source>
        <translation>{expiry}（{where}）。</translation>
    </message>
    <message>
        <source>channel {name}</source>
        <translation>频道 {name}</translation>
    </message>
    <message>
        <source>0 (any user)</source>
        <translation>0（任意用户）</translation>
    </message>
    <message>
        <source>user {user}</source>
        <translation>用户 {user}</translation>
    </message>
    <message>
        <source>Generated token</source>
        <translation>生成的 Token</translation>
    </message>
    <message>
        <source>What the token was made for</source>
        <translation>该 Token 的生成依据</translation>
    </message>
    <message>
        <source>The token appears here after Generate.</source>
        <translation>点击生成后，Token 显示在这里。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制 Token</translation>
    </message>
    <message>
        <source>Copy the token (Ctrl+Shift+C)</source>
        <translation>复制 Token（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>复制为</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Request JSON (without certificate)</source>
        <translation>请求 JSON（不含证书）</translation>
    </message>
    <message>
        <source>agora-token command line</source>
        <translation>agora-token 命令行</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Inspect the token in the decoder pane</source>
        <translation>在解析器面板中查看 Token</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>Built with {pins}.</source>
        <translation>生成时使用 {pins}。</translation>
    </message>
    <message>
        <source>Out of date: made for {request}; the form has changed since. Generate again, or undo the change.</source>
        <translation>已过时：此 Token 按 {request} 生成，表单之后已更改。请重新生成，或撤销更改。</translation>
    </message>
    <message>
        <source>Token copied ({count} characters).</source>
        <translation>已复制 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>Nothing to copy yet: generate a token first.</source>
        <translation>还没有可复制的内容：请先生成 Token。</translation>
    </message>
    <message>
        <source>Request JSON copied (without the certificate).</source>
        <translation>已复制请求 JSON（不含证书）。</translation>
    </message>
    <message>
        <source>Command line copied; set AGORA_APP_CERTIFICATE before running it.</source>
        <translation>已复制命令行；运行前请设置 AGORA_APP_CERTIFICATE。</translation>
    </message>
    <message>
        <source>export AGORA_TOKEN=… line copied.</source>
        <translation>已复制 export AGORA_TOKEN=… 这一行。</translation>
    </message>
</context>
</TS>
