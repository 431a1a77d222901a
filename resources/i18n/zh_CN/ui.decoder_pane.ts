<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DecoderPane</name>
    <message>
        <source>{what} has {size:,} characters; the decoder reads at most {most:,} (16 KB; a token is a few hundred). Paste only the line that holds the token.</source>
        <translation>{what}共有 {size:,} 个字符；解析器最多读取 {most:,} 个（16 KB；一个 Token 只有几百个字符）。请只粘贴包含 Token 的那一行。</translation>
    </message>
    <message>
        <source>That text</source>
        <translation>这段文本</translation>
    </message>
    <message>
        <source>Paste or drop a token, dynamic key or a text file holding one; it is decoded as you type.</source>
        <translation>粘贴或拖入 Token、Dynamic Key 或包含它的文本文件；输入时即时解析。</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>要解析的 Token</translation>
    </message>
    <message>
        <source>Repairs made before decoding</source>
        <translation>解析前所做的修复</translation>
    </message>
    <message>
        <source>Tokens found in the pasted text</source>
        <translation>在粘贴文本中找到的 Token</translation>
    </message>
    <message>
        <source>Decoder message</source>
        <translation>解析器消息</translation>
    </message>
    <message>
        <source>This side reads tokens: paste or drop one above to see who it is for, what it allows and until when, with its signature checked against the App Certificate. The other side makes them: pick a token kind, fill in the form and press Generate.</source>
        <translation>这一侧读取 Token：在上方粘贴或拖入一个 Token，即可看到它是给谁的、允许做什么、有效到何时，并用 App 证书校验签名。另一侧生成 Token：选择 Token 类型，填写表单并点击生成。</translation>
    </message>
    <message>
        <source>What the decoder does</source>
        <translation>解析器的作用</translation>
    </message>
    <message>
        <source>Decoded token details</source>
        <translation>解析出的 Token 详情</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Show the App Certificate</source>
        <translation>显示 App 证书</translation>
    </message>
    <message>
        <source>the channel the key was made for</source>
        <translation>生成该 Key 时使用的频道</translation>
    </message>
    <message>
        <source>Channel name for verification</source>
        <translation>用于校验的频道名</translation>
    </message>
    <message>
        <source>number; 0 = any user</source>
        <translation>数字；0 = 任意用户</translation>
    </message>
    <message>
        <source>User ID (uid) for verification</source>
        <translation>用于校验的用户 ID（uid）</translation>
    </message>
    <message>
        <source>string user account</source>
        <translation>字符串用户账号</translation>
    </message>
    <message>
        <source>User account for verification</source>
        <translation>用于校验的用户账号</translation>
    </message>
    <message>
        <source>Channel name:</source>
        <translation>频道名：</translation>
    </message>
    <message>
        <source>uid:</source>
        <translation>uid：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Signature check result</source>
        <translation>签名校验结果</translation>
    </message>
    <message>
        <source>Signature check details</source>
        <translation>签名校验详情</translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation>校验签名</translation>
    </message>
    <message>
        <source>Copy decoded JSON</source>
        <translation>复制解析结果 JSON</translation>
    </message>
    <message>
        <source>Copy the decoded token as JSON</source>
        <translation>将解析出的 Token 复制为 JSON</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copied the decoded token as JSON.</source>
        <translation>已将解析出的 Token 复制为 JSON。</translation>
    </message>
    <message>
        <source>Token {number} of {count}: {format} — {where}</source>
        <translation>第 {number} 个 Token，共 {count} 个：{format} — {where}</translation>
    </message>
    <message>
        <source>ℹ Repaired before decoding: {notes}</source>
        <translation>ℹ 解析前已修复：{notes}</translation>
    </message>
    <message>
        <source>Give the numeric uid (0 = any user) or the account, not both.</source>
        <translation>请填写数字 uid（0 = 任意用户）或账号，不要同时填写。</translation>
    </message>
    <message>
        <source>Give the string account or the numeric uid, not both.</source>
        <translation>请填写字符串账号或数字 uid，不要同时填写。</translation>
    </message>
    <message>
        <source>Secret Access Key:</source>
        <translation>Secret Access Key：</translation>
    </message>
    <message>
        <source>App Certificate:</source>
        <translation>App 证书：</translation>
    </message>
    <message>
        <source>the whiteboard project&apos;s SK (never saved)</source>
        <translation>白板项目的 SK（不会保存）</translation>
    </message>
    <message>
        <source>32 hex characters (the window&apos;s certificate is used)</source>
        <translation>32 位十六进制字符（默认使用窗口中的证书）</translation>
    </message>
    <message>
        <source>Secret Access Key for verification</source>
        <translation>用于校验的 Secret Access Key</translation>
    </message>
    <message>
        <source>App Certificate for verification</source>
        <translation>用于校验的 App 证书</translation>
    </message>
    <message>
        <source>Enter the Secret Access Key (SK) to check the signature.</source>
        <translation>请输入 Secret Access Key（SK）以校验签名。</translation>
    </message>
    <message>
        <source>Enter the App Certificate to check the signature.</source>
        <translation>请输入 App 证书以校验签名。</translation>
    </message>
    <message>
        <source>Give either the uid or the account, not both: the token holds only one.</source>
        <translation>uid 和账号只能填一个：Token 中只包含其中之一。</translation>
    </message>
    <message>
        <source>This token is for App ID {token}, but the certificate is the window&apos;s, for App ID {window}.</source>
        <translation>此 Token 属于 App ID {token}，但使用的是窗口中 App ID {window} 的证书。</translation>
    </message>
</context>
<context>
    <name>_TokenInput</name>
    <message>
        <source>Could not read {name}: {why}.</source>
        <translation>无法读取 {name}：{why}。</translation>
    </message>
    <message>
        <source>{name} is larger than 16 KB; drop a text file that holds one token.</source>
        <translation>{name} 大于 16 KB；请拖入只包含一个 Token 的文本文件。</translation>
    </message>
</context>
</TS>
