<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagnosePanel</name>
    <message>
        <source>Accepted: Agora should accept this token in this context.</source>
        <translation>通过：在此情境下声网应当接受此 Token。</translation>
    </message>
    <message>
        <source>Rejected: Agora would refuse this token in this context.</source>
        <translation>拒绝：在此情境下声网会拒绝此 Token。</translation>
    </message>
    <message>
        <source>Unknown: not enough context to tell; see the notes below.</source>
        <translation>未知：信息不足，无法判断；请见下方说明。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>join an RTC channel</source>
        <translation>加入 RTC 频道</translation>
    </message>
    <message>
        <source>publish audio and video in an RTC channel</source>
        <translation>在 RTC 频道中发布音视频</translation>
    </message>
    <message>
        <source>log in to RTM / Signaling</source>
        <translation>登录 RTM / 信令</translation>
    </message>
    <message>
        <source>log in to Chat (or call it as the app)</source>
        <translation>登录 Chat（或以 App 身份调用）</translation>
    </message>
    <message>
        <source>use Flexible Classroom / APaaS</source>
        <translation>使用灵动课堂 / APaaS</translation>
    </message>
    <message>
        <source>use FPA (fast path acceleration)</source>
        <translation>使用 FPA（全链路加速）</translation>
    </message>
    <message>
        <source>push a media stream (Streaming)</source>
        <translation>推送媒体流（Streaming）</translation>
    </message>
    <message>
        <source>publish or play through FCDN</source>
        <translation>通过 FCDN 推流或播放</translation>
    </message>
    <message>
        <source>draw or edit on an Interactive Whiteboard</source>
        <translation>在互动白板上绘制或编辑</translation>
    </message>
    <message>
        <source>watch an Interactive Whiteboard</source>
        <translation>观看互动白板</translation>
    </message>
    <message>
        <source>push RTMP/SRT through Media Gateway with a stream key</source>
        <translation>用推流密钥通过媒体网关推送 RTMP/SRT</translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation>App ID(&amp;I)</translation>
    </message>
    <message>
        <source>App ID the app used</source>
        <translation>应用使用的 App ID</translation>
    </message>
    <message>
        <source>32 hex characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <source>App &amp;Certificate</source>
        <translation>App 证书(&amp;C)</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>Needed to check the signature; never shown in reports</source>
        <translation>校验签名时需要；不会出现在报告中</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>频道(&amp;H)</translation>
    </message>
    <message>
        <source>Channel name the app joined</source>
        <translation>应用加入的频道名</translation>
    </message>
    <message>
        <source>As passed to joinChannel</source>
        <translation>与传给 joinChannel 的一致</translation>
    </message>
    <message>
        <source>&amp;uid</source>
        <translation>uid(&amp;U)</translation>
    </message>
    <message>
        <source>Numeric uid</source>
        <translation>数字 uid</translation>
    </message>
    <message>
        <source>0 = let Agora assign one</source>
        <translation>0 = 由声网分配</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>时间(&amp;A)</translation>
    </message>
    <message>
        <source>Moment of the failure</source>
        <translation>出错时刻</translation>
    </message>
    <message>
        <source>Now; or unix seconds, 2024-05-01T12:00:00Z, -2h</source>
        <translation>现在；或 Unix 秒数、2024-05-01T12:00:00Z、-2h</translation>
    </message>
    <message>
        <source>&amp;Error code</source>
        <translation>错误码(&amp;E)</translation>
    </message>
    <message>
        <source>Error code the app saw</source>
        <translation>应用收到的错误码</translation>
    </message>
    <message>
        <source>e.g. 110, 109, -10005, RTM 5</source>
        <translation>例如 110、109、-10005、RTM 5</translation>
    </message>
    <message>
        <source>Whiteboard SK</source>
        <translation>白板 SK</translation>
    </message>
    <message>
        <source>Whiteboard Secret Access Key</source>
        <translation>白板 Secret Access Key</translation>
    </message>
    <message>
        <source>Whiteboard tokens: the SK, to check the signature</source>
        <translation>白板 Token：填写 SK 以校验签名</translation>
    </message>
    <message>
        <source>Room / Task UUID</source>
        <translation>房间 / 任务 UUID</translation>
    </message>
    <message>
        <source>Whiteboard Room or Task UUID</source>
        <translation>白板房间或任务 UUID</translation>
    </message>
    <message>
        <source>Whiteboard tokens</source>
        <translation>白板 Token</translation>
    </message>
    <message>
        <source>String account or user id</source>
        <translation>字符串用户账号或用户 ID</translation>
    </message>
    <message>
        <source>User account, RTM or Chat user id</source>
        <translation>用户账号、RTM 或 Chat 用户 ID</translation>
    </message>
    <message>
        <source>or account</source>
        <translation>或用户账号</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>操作(&amp;T)</translation>
    </message>
    <message>
        <source>Action the app attempted</source>
        <translation>应用尝试的操作</translation>
    </message>
    <message>
        <source>(not given: taken from the token)</source>
        <translation>（未指定：根据 Token 判断）</translation>
    </message>
    <message>
        <source>{action}: {meaning}</source>
        <translation>{action}：{meaning}</translation>
    </message>
    <message>
        <source>ConvoAI /join</source>
        <translation>ConvoAI /join</translation>
    </message>
    <message>
        <source>ConvoAI /join body</source>
        <translation>ConvoAI /join 请求体</translation>
    </message>
    <message>
        <source>ConvoAI: paste the /join body, e.g. {&quot;properties&quot;: {&quot;channel&quot;: &quot;…&quot;, &quot;agent_rtc_uid&quot;: &quot;…&quot;}}</source>
        <translation>ConvoAI：粘贴 /join 请求体，例如 {&quot;properties&quot;: {&quot;channel&quot;: &quot;…&quot;, &quot;agent_rtc_uid&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>Context problem</source>
        <translation>参数问题</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Findings, most important first</source>
        <translation>发现的问题（最重要的在前）</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>所选问题</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>无法检查的内容</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>Copy a text for a support ticket: findings and decoded fields, without the App Certificate and with the signature shortened.</source>
        <translation>复制一段用于工单的文本：包含发现的问题和解析出的字段，不含 App 证书，签名已截短。</translation>
    </message>
    <message>
        <source>What the app used</source>
        <translation>应用使用的参数</translation>
    </message>
    <message>
        <source>App ID, certificate, channel, uid or account, action, time and error code to check the token against; taken from the window, change them to match the failing app</source>
        <translation>用于检查 Token 的 App ID、证书、频道、uid 或账号、操作、时间和错误码；取自窗口，可修改为出错应用实际使用的值</translation>
    </message>
    <message>
        <source>Decode a token to diagnose it.</source>
        <translation>先解析一个 Token，再进行诊断。</translation>
    </message>
    <message>
        <source>Fix the context above to diagnose the token.</source>
        <translation>请修正上方的参数后再诊断 Token。</translation>
    </message>
    <message>
        <source>{title} ({code}, {severity}): {message}</source>
        <translation>{title}（{code}，{severity}）：{message}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>解决方法：{fix}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Copied the diagnosis report (findings and decoded fields; no App Certificate).</source>
        <translation>已复制诊断报告（发现的问题和解析出的字段；不含 App 证书）。</translation>
    </message>
</context>
</TS>
